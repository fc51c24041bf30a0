package org.qcommons.insights;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.qcommons.base.BusinessException;

/** A measure has at most one value per date; the form shows this message on its date field. */
public class DuplicateDateException extends BusinessException {

    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public DuplicateDateException(LocalDate date) {
        super("There is already a value for " + UK_DATE.format(date) + ". Each date may have one value: remove the "
                + "old one first to replace it.");
    }
}
