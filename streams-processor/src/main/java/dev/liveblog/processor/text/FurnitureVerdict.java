package dev.liveblog.processor.text;

import java.util.List;

/**
 * Whether an entry is page furniture, with the score and the features that decided it, so that the filtered
 * topic can say why a line was dropped.
 */
public record FurnitureVerdict(boolean furniture, int score, List<String> features) {

    public String explanation() {
        return "page furniture (score " + score + "): " + String.join(", ", features);
    }
}
