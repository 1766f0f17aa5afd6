package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import se.lansstyrelsen.jvg.organisation.SwedishOrder;

/**
 * Adds organisation.name_sort_key (the name's Swedish sort key, see {@link SwedishOrder}) and fills it for
 * the organisations already there; a Java migration because the key is computed by java.text.Collator.
 * The index lets the register be sorted by name and paged in the database.
 */
public class V6__organisation_name_sort_key extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (Statement s = connection.createStatement()) {
            s.execute("alter table organisation add column name_sort_key bytea");
        }
        try (Statement s = connection.createStatement();
                ResultSet names = s.executeQuery("select id, name from organisation");
                PreparedStatement update =
                        connection.prepareStatement("update organisation set name_sort_key = ? where id = ?")) {
            int pending = 0;
            while (names.next()) {
                update.setBytes(1, SwedishOrder.key(names.getString(2)));
                update.setLong(2, names.getLong(1));
                update.addBatch();
                if (++pending == 1000) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute("alter table organisation alter column name_sort_key set not null");
            s.execute("create index ix_organisation_name_sort_key on organisation (name_sort_key)");
            // The register reads registered cases of a period; the overview counts by status and date.
            s.execute("create index ix_accession_period_status on accession (period_code, status, registered_at)");
            s.execute("create index ix_accession_goal_code on accession_goal (goal_code, accession_id)");
            s.execute("create index ix_accession_goal_area on accession_goal (area_code, accession_id)");
        }
    }
}
