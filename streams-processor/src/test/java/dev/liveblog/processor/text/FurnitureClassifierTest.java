package dev.liveblog.processor.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureClassifierTest {

    private final FurnitureClassifier classifier = new FurnitureClassifier();

    @ParameterizedTest
    @ValueSource(strings = {
        "Advertisement",
        "SKIP ADVERTISEMENT",
        "Sponsored content",
        "Already a subscriber? Log in to continue reading.",
        "Please sign in or create an account to keep reading.",
        "You are now logged in. Refresh this page to see the latest posts.",
        "Enable JavaScript in your browser settings to view this live blog.",
        "Sign up to our free morning newsletter and get the day's news in your inbox.",
        "Subscribe now for unlimited access to our award-winning journalism.",
        "Your support keeps our newsroom going. Donate today.",
        "Independent journalism needs readers like you: become a supporter from just £1.",
        "Comments are closed for this live blog.",
        "Commenting on this article has been disabled.",
        "Replies under this post are now closed",
        "Read more: the full story behind the summit",
        "Follow our live coverage for the latest updates throughout the day.",
        "We will bring you all the developments as they happen, so do stay tuned.",
        "Show more comments from other Gazette readers",
        "Share this on WhatsApp",
        "Sign in",
        "Register",
        "Copy link",
        "Key events",
        "Show key events only",
        "Most read",
        "Load more entries",
        "Gift this article",
        "Comments (108)",
        "View 2,310 comments",
        "1,024 comments",
        "Show 15 more updates",
        "Updated 7 minutes ago",
        "Live coverage · Updated 3h ago",
        "Watch: the moment the bridge gave way 1:05",
        "Listen: The Daily Briefing – 24:10",
        "Listen to the latest episode of our morning podcast",
        "Bridge collapse seen from the air (0:47)",
        "Related: Why the river keeps flooding",
        "More on this story: A timeline of the crisis",
        "Read more: ‘We had nowhere else to go’: voices from the shelters",
        "Subscribe for $2 a month. Cancel anytime.",
        "Subscribe: $1 for 6 months",
        "Get in touch: are you affected? Share your experience with us.",
        "This website uses cookies to improve your experience.",
        "Please turn on JavaScript to see the latest posts."
    })
    void shouldRecogniseFurnitureOfManySites(final String line) {
        final FurnitureVerdict verdict = classifier.classify(line);
        assertTrue(verdict.furniture(), () -> line + " -> " + verdict);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The treaty was signed in 2019 and expires next year.",
        "Germany will make a contribution of €1bn to the reconstruction fund.",
        "US and Chinese officials will join the talks on Monday, the ministry said.",
        "\u201CWe have to use every opportunity for our people,\u201D the minister said.",
        "\u201CWe came here to talk, and we will stay as long as it takes. Our position is clear.",
        "We are getting reports of explosions in the capital, according to local media.",
        "Our correspondent at the border says queues have grown overnight.",
        "The president\u2019s newsletter to party members was leaked to reporters, officials said.",
        "Negotiators are expected to meet again at 14:00 local time.",
        "Stocks fell sharply after the announcement.",
        "Rescuers reach the flooded valley",
        "Polls close in Ohio",
        "The final whistle blows at 20:45",
        "Read the statement in full below, the ministry said.",
        "Good morning and welcome to our live coverage of the storm, which made landfall overnight and has left "
                + "more than 200,000 homes without power across the north of the country.",
        "Watchdog says 312 complaints were received after the broadcast.",
        "Share prices in Tokyo fell 3% in early trading."
    })
    void shouldKeepNewsEvenWhenItSharesWordsWithFurniture(final String line) {
        final FurnitureVerdict verdict = classifier.classify(line);
        assertFalse(verdict.furniture(), () -> line + " -> " + verdict);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Stay with us", "Join the conversation"})
    void shouldExplainWhichFeaturesMatched(final String line) {
        final FurnitureVerdict verdict = classifier.classify(line);
        assertTrue(verdict.explanation().startsWith("page furniture (score "), verdict.explanation());
        assertFalse(verdict.features().isEmpty());
    }

    @org.junit.jupiter.api.Test
    void shouldRunAPhrasePatternOnlyWhenItsWordsAreThereWithoutMissingAMatch() throws java.io.IOException {
        // given every line of the bundled sample and of every corpus, and a line for each way of each phrase
        final java.util.List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("..", "sample", "liveblog-istanbul-2025-05-16.txt")));
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(
                java.nio.file.Path.of("src", "test", "resources", "corpus"))) {
            for (final java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                lines.addAll(java.nio.file.Files.readAllLines(file));
            }
        }
        lines.addAll(java.util.List.of("Log in", "Logged in as Sam", "Logging in", "Log out", "Logout",
                "Please sign in", "Sign in with Google", "Create an account", "Create a free account",
                "Create your account", "Already a subscriber?", "Already have an account?", "Register for free",
                "Signup now", "Sign up today", "Cancel anytime", "Become a supporter", "Become a subscriber",
                "For the key updates",
                "Sign up for our newsletter", "Subscribe: get the app", "Start your free trial",
                "Only \u00a32.99 a month", "$5 per week", "\u20ac1 for 12 months", "\u20b9 99 every year",
                "Your donation matters", "Your support counts", "Donate today", "Contribute now", "Support us",
                "Support our reporting", "Support independent journalism", "Become a member", "Quality journalism",
                "Join the conversation", "Start a debate", "View all comments", "Comments are closed",
                "Comments on this story are now closed", "Other Guardian readers", "Stay tuned", "Stay with us",
                "Follow us", "Follow our live updates", "Read more", "Click here", "Get in touch", "Contact us",
                "Tell us", "Send us your pictures", "Share your stories", "Download our app", "Download the app",
                "Share this", "Share on WhatsApp", "For all the latest updates", "For the updates", "Copy link",
                "Accept all cookies", "Refresh the page", "Your inbox", "Your email", "Your browser", "Your device",
                "Dear readers", "This live blog", "Our live coverage", "This liveblog", "Read this article",
                "Our page", "This post", "Advertisement", "  Sponsored content  ", "Story continues below",
                "312 comments", "View 1,204 comments", "Comments (45)", "Show 20 more updates",
                "Watch: the flood", "Watch live as the count goes on", "Related: the vote", "Read more | the vote",
                "Related \u2013 the vote", "We said: related: watch: 12 comments"));

        // when / then every pattern that matches a line finds one of its words in it
        for (final String line : lines) {
            assertTrue(FurnitureClassifier.anchorsCover(line), line);
        }
    }

    @org.junit.jupiter.api.Test
    void shouldLookForTheFirstPersonPatternOnlyWhereItCanMatch() throws java.io.IOException {
        // given every line of every corpus, and lines made to test the edges
        final java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of("We said", "(we)", "_we",
                "our", "Ours.", "tell us", "US troops", "USA", "power", "between", "because", "\u00e9we", "1we"));
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(
                java.nio.file.Path.of("src", "test", "resources", "corpus"))) {
            for (final java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                lines.addAll(java.nio.file.Files.readAllLines(file));
            }
        }
        final java.util.regex.Pattern firstPerson = FurnitureClassifier.FIRST_PERSON_PLURAL;
        int looked = 0;
        for (final String line : lines) {
            final boolean may = FurnitureClassifier.mayShowFirstPerson(line);
            // then no line the pattern matches is passed over
            assertTrue(may || !firstPerson.matcher(line).find(), line);
            looked += may ? 1 : 0;
        }
        // and most lines are
        assertTrue(looked < lines.size() / 2, looked + " of " + lines.size());
    }

    @org.junit.jupiter.api.Test
    void shouldFindEveryCharacterThatCaseFoldsToTheFirstLetterOfWeOrOurAmongThoseLookedAt() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            final String we = c + "e";
            final String our = c + "ur";
            if ("we".regionMatches(true, 0, we, 0, 2) || "our".regionMatches(true, 0, our, 0, 3)) {
                assertTrue("wWoO".indexOf(c) >= 0, "U+" + Integer.toHexString(c));
                assertTrue(FurnitureClassifier.mayShowFirstPerson(c == 'w' || c == 'W' ? we : our));
            }
        }
    }
}
