package io.troubleshooter.ui.command;

import io.troubleshooter.content.Block;
import io.troubleshooter.guide.Command;
import io.troubleshooter.ui.i18n.I18n;

import java.util.List;

/** What every command card on screen shares: the language, the placeholder values, the copy actions. */
public record CommandContext(I18n i18n, PlaceholderValues values, CommandActions actions) {

    public CommandView view(Command command, List<Block.Alert> warnings) {
        return view(command, warnings, true);
    }

    /**
     * A card for {@code command} under {@code warnings}; they are shown on it unless {@code onCard} is false (said
     * once for several cards): copying it still counts as having read them.
     */
    public CommandView view(Command command, List<Block.Alert> warnings, boolean onCard) {
        return new CommandView(new CommandViewModel(command, values), warnings, onCard, this);
    }

    public CommandView view(Command command) {
        return view(command, List.of());
    }
}
