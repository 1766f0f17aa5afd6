package se.lansstyrelsen.jvg.overview;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import se.lansstyrelsen.jvg.config.ClockConfig;

/**
 * A range of whole days in Swedish time, both days included (the overview's query parameters {@code fran}
 * and {@code till}). Parsing refuses what is not a date, a year outside 2000–2100 and a range that ends before
 * it starts, with a Swedish message for the user.
 */
public record DateRange(LocalDate from, LocalDate to) {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    /**
     * The range the user asked for; a missing {@code fran} is the first of January of today's year, a missing
     * {@code till} is today.
     *
     * @throws InvalidRangeException with a Swedish message when a value is not a date or the range is reversed
     */
    static DateRange parse(String fran, String till, LocalDate today) {
        LocalDate from = isBlank(fran) ? today.withDayOfYear(1) : date(fran, text("overview.range.from"));
        LocalDate to = isBlank(till) ? today : date(till, text("overview.range.to"));
        if (to.isBefore(from)) {
            throw new InvalidRangeException(text("overview.range.reversed", to, from));
        }
        return new DateRange(from, to);
    }

    /** The whole years of a strategy period, e.g. 2024-01-01 to 2027-12-31. */
    static DateRange years(int startYear, int endYear) {
        return new DateRange(LocalDate.of(startYear, 1, 1), LocalDate.of(endYear, 12, 31));
    }

    /** The first instant of the first day. */
    public Instant start() {
        return from.atStartOfDay(ClockConfig.SWEDEN).toInstant();
    }

    /** The first instant after the last day. */
    public Instant endExclusive() {
        return to.plusDays(1).atStartOfDay(ClockConfig.SWEDEN).toInstant();
    }

    private static LocalDate date(String value, String field) {
        String v = value.strip();
        LocalDate date;
        try {
            date = LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidRangeException(text("overview.range.not-a-date", field));
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidRangeException(text("overview.range.year-outside", field, FIRST_YEAR, LAST_YEAR));
        }
        return date;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** A date range the user gave that cannot be used; the message is Swedish and safe to show. */
    static class InvalidRangeException extends RuntimeException {
        InvalidRangeException(String message) {
            super(message);
        }
    }
}
