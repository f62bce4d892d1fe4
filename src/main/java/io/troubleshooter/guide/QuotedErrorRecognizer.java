package io.troubleshooter.guide;

import io.troubleshooter.content.Block;
import io.troubleshooter.content.Section;


import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section that opens by quoting the error the user sees ({@code You see a "The following partitions failed to
 * mount..." error}, {@code fails with the error "0x80070780: The file cannot be accessed by the system."}) and
 * then says what to do: the quote is the message, a code in it is the entry's code.
 */
final class QuotedErrorRecognizer implements SectionRecognizer {

    private static final Pattern QUOTED = Pattern.compile("[\"\u201C\u201D\u300C]([^\"\u201C\u201D\u300C\u300D\\n]{8,300})[\"\u201C\u201D\u300D]");

    @Override
    public Optional<ErrorEntry> read(Section section, Reading reading) {
        Optional<String> quote = firstQuote(section);
        if (quote.isEmpty() || section.blocks().size() < 2) {
            return Optional.empty();
        }
        var codes = CodeTokens.codes(quote.get()).stream().filter(CodeTokens::isNamedCode).toList();
        return Optional.of(reading.entries.build(section, codes, quote.get()));
    }

    /** The error quoted in the section's first paragraph: several words or a code, not a command. */
    static Optional<String> firstQuote(Section section) {
        for (Block b : section.blocks()) {
            if (b instanceof Block.Paragraph p) {
                Matcher m = QUOTED.matcher(p.text());
                while (m.find()) {
                    String q = m.group(1).strip();
                    boolean words = q.split("\\s+").length >= 4 || q.codePoints().filter(Character::isIdeographic).count() >= 6;
                    boolean code = CodeTokens.codes(q).stream().anyMatch(CodeTokens::isNamedCode);
                    if ((words || code) && !CommandText.looksLikeCommand(q)) {
                        return Optional.of(q);
                    }
                }
                return Optional.empty();
            }
            if (!(b instanceof Block.Alert)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

}
