package dev.liveblog.processor.evaluation;

import java.util.List;
import java.util.Locale;

/**
 * How the pipeline's output for one corpus compares with its gold file, field by field. Counts rather than
 * ratios, so the figures can be summed over corpora; {@link #describe} prints the ratios.
 *
 * @param leakedFurniture gold furniture lines that ended in a canonical item
 * @param droppedNews gold news lines the processor filtered as furniture
 * @param dedup the duplicate pairs and must-stay-apart pairs
 * @param entities entities found against the gold, overall and by type
 * @param splitPeople gold people found under more than one entity id across the blog
 * @param quotes gold quotations found with the right speaker, and in all
 * @param times gold time mentions found with the right instant or day, in all, and time mentions found that the
 *     gold does not list
 * @param published gold post times (stamps) carried as the item's publication time, and in all
 * @param attributions gold attributions credited, in all, and credited without being in the gold
 * @param pollsEndAsLast whether reading every poll ends with the same items as reading only the last
 * @param mistakes what went wrong, one line each, for reading
 */
record Quality(int leakedFurniture, int droppedNews, Scores dedup, Entities entities, int splitPeople,
               Count quotes, Count times, int extraTimes, Count published, Count attributions, int extraAttributions,
               boolean pollsEndAsLast, List<String> mistakes) {

    /** A number right out of a number wanted. */
    record Count(int right, int of) {

        double ratio() {
            return of == 0 ? 1.0 : (double) right / of;
        }

        @Override
        public String toString() {
            return right + "/" + of;
        }
    }

    /** Entities found: true positives and predictions overall, and recall by type. */
    record Entities(int truePositives, int predicted, Count people, Count places, Count organisations) {

        int required() {
            return people.of() + places.of() + organisations.of();
        }

        double precision() {
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        double recall() {
            return required() == 0 ? 1.0 : (double) truePositives / required();
        }
    }

    static String header() {
        return String.format(Locale.ROOT, "%-20s %6s %6s %6s %6s %6s | %6s %6s %6s %6s %6s %5s | %6s %6s %5s %6s %6s %5s %5s",
                "corpus", "leaked", "lost", "dupP", "dupR", "apart", "entP", "entR", "people", "places", "orgs",
                "split", "speak", "times", "extra", "posted", "attr", "extra", "polls");
    }

    String row(final String corpus) {
        return String.format(Locale.ROOT,
                "%-20s %6d %6d %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f %6.3f %6.3f %5d | %6.3f %6.3f %5d %6.3f %6.3f %5d %5s",
                corpus, leakedFurniture, droppedNews, dedup.pairPrecision(), dedup.pairRecall(), dedup.keptApart(),
                entities.precision(), entities.recall(), entities.people().ratio(), entities.places().ratio(),
                entities.organisations().ratio(), splitPeople, quotes.ratio(), times.ratio(), extraTimes,
                published.ratio(), attributions.ratio(), extraAttributions, pollsEndAsLast ? "yes" : "no");
    }

    String counts(final String corpus) {
        return String.format(Locale.ROOT, "%s: entities %d of %d found, %d predicted (people %s, places %s, "
                        + "organisations %s); speakers %s; times %s; post times %s; attributions %s",
                corpus, entities.truePositives(), entities.required(), entities.predicted(), entities.people(),
                entities.places(), entities.organisations(), quotes, times, published, attributions);
    }
}
