package org.vigia.instrument;

/**
 * One question of a questionnaire by its number in that questionnaire and the whole numbers its answer may take
 * (the codes of the answer categories: 1 "not at all" to 4 "very much", 1 to 7 for the global health items, 1 = no
 * and 2 = yes for the H&amp;N35 yes/no items). The licensed wording is not part of Vigia; the item's short neutral
 * label is the bundle key {@link #labelKey(Instrument)}.
 *
 * @param number the item's number within its questionnaire (H&amp;N35: 1 to 35, i.e. booklet questions 31 to 65)
 * @param min    the lowest answer code
 * @param max    the highest answer code
 */
public record InstrumentItem(int number, int min, int max) {

    public InstrumentItem {
        if (number < 1 || min < 1 || max <= min) {
            throw new IllegalArgumentException("item " + number + " " + min + ".." + max);
        }
    }

    /** Highest minus lowest code: the manual's "range" of the item. */
    public int range() {
        return max - min;
    }

    /** The key of the item's short label in the {@code instrument} bundle. */
    public String labelKey(Instrument instrument) {
        return "item." + instrument.name() + "." + number;
    }
}
