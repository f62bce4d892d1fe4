package io.troubleshooter.guide;

import io.troubleshooter.content.Section;

import java.util.Optional;

/** Looks at one section of the article and claims it as an error entry when it recognises its shape. */
interface SectionRecognizer {

    Optional<ErrorEntry> read(Section section, Reading reading);
}
