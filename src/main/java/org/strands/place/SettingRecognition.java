package org.strands.place;

import java.util.Optional;
import org.strands.platform.Area;

/**
 * A recognition a school or setting holds in the area that families may be told of, such as an award in the area's
 * schools and settings scheme. Place defines the question; the module that grants the recognition answers it, so place
 * (and the directory, which shows it) depends on none of them.
 */
public interface SettingRecognition {

    /** A sentence for families ("Accredited in Stockport's schools and settings scheme"), only while the recognition is in date. */
    Optional<String> recognitionOf(Area area, String settingRef);
}
