package se.lansstyrelsen.jvg.organisation;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Locale;

/**
 * Swedish alphabetical order (å, ä, ö after z) as bytes that sort the same way in any database: the
 * {@link Collator} key of a name, stored next to it (organisation.name_sort_key) so that the register is
 * sorted and paged by the database with an index. Neither H2 2.x (no COLLATE in an expression; its SET
 * COLLATION is for the whole, empty database) nor PostgreSQL's default collation gives this order, and an
 * ICU collation on PostgreSQL alone would let the two databases disagree.
 */
public final class SwedishOrder {

    private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

    private SwedishOrder() {}

    /**
     * The name's sort key: compared as unsigned bytes (bytea on PostgreSQL, BINARY VARYING on H2), keys are in
     * the order {@code Collator.getInstance(sv-SE).compare} gives the names.
     */
    public static byte[] key(String name) {
        CollationKey key;
        synchronized (SWEDISH) {
            key = SWEDISH.getCollationKey(name == null ? "" : name);
        }
        return key.toByteArray();
    }

    /** The same order for texts compared in Java. */
    public static int compare(String a, String b) {
        synchronized (SWEDISH) {
            return SWEDISH.compare(a, b);
        }
    }
}
