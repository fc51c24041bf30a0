package org.qcommons.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A page of plain words: headings, paragraphs and lists, in reading width. */
abstract class Prose extends VerticalLayout {

    Prose(String title) {
        setMaxWidth("46rem");
        setPadding(true);
        add(new H2(title));
    }

    void heading(String text) {
        add(new H3(text));
    }

    void para(String text) {
        add(new Paragraph(text));
    }

    void bullets(String... items) {
        UnorderedList list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        add(list);
    }

    void link(String href, String text) {
        add(new Paragraph(new Anchor(href, text)));
    }
}
