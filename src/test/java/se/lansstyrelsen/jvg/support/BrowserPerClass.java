package se.lansstyrelsen.jvg.support;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * One headless Chromium for all tests of a browser-test class: started before the first test, closed after the
 * last. It sets the class's static fields of type {@link HeadlessChromium} and {@link WebDriver}, so a test
 * declares
 *
 * <pre>
 * &#64;RegisterExtension
 * static final BrowserPerClass BROWSER = new BrowserPerClass("1280,900");
 *
 * private static HeadlessChromium chromium;
 * private static WebDriver browser;
 * </pre>
 */
public final class BrowserPerClass implements BeforeAllCallback, AfterAllCallback {

    private final String windowSize;
    private HeadlessChromium chromium;

    public BrowserPerClass(String windowSize) {
        this.windowSize = windowSize;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        chromium = HeadlessChromium.start(windowSize);
        set(context.getRequiredTestClass(), chromium, chromium.driver());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            chromium = null;
            set(context.getRequiredTestClass(), null, null);
        }
    }

    private static void set(Class<?> testClass, HeadlessChromium chromium, WebDriver driver)
            throws IllegalAccessException {
        int set = 0;
        for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || Modifier.isFinal(f.getModifiers())) {
                    continue;
                }
                if (f.getType() == HeadlessChromium.class) {
                    f.setAccessible(true);
                    f.set(null, chromium);
                    set++;
                } else if (f.getType() == WebDriver.class) {
                    f.setAccessible(true);
                    f.set(null, driver);
                    set++;
                }
            }
        }
        if (set == 0) {
            throw new IllegalStateException(testClass.getName()
                    + " has no static HeadlessChromium or WebDriver field for BrowserPerClass to set");
        }
    }
}
