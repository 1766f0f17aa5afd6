package se.lansstyrelsen.jvg.overview;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Process instance ids in chunks small enough for one engine query's IN list each. */
final class IdChunks {

    private static final int CHUNK = 500;

    private IdChunks() {}

    static List<List<String>> of(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
