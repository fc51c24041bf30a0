package org.qcommons.a11y;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Dimension;
import org.qcommons.testsupport.BrowserTestBase;

/** Browser tests at the phone size, 375 × 812 CSS pixels; the shared browser gets its size back after each. */
abstract class PhoneTestBase extends BrowserTestBase {

    static final Dimension PHONE = new Dimension(375, 812);

    private Dimension before;

    @BeforeEach
    void phoneWindow() {
        before = driver().manage().window().getSize();
        driver().manage().window().setSize(PHONE);
    }

    @AfterEach
    void restoreWindow() {
        driver().manage().window().setSize(before);
    }
}
