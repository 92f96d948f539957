package org.hotline.intake.cases;

/** The three telephone lines a complaint comes in on. */
public enum Channel {
    /** 行风热线: the public-conduct hotline. */
    HOTLINE("H"),
    /** 市长公开电话: the mayor's public telephone line. */
    MAYOR_LINE("M"),
    /** 局热线电话: the bureau's own hotline. */
    BUREAU_LINE("B");

    private final String prefix;

    Channel(String prefix) {
        this.prefix = prefix;
    }

    /** The letter a case number starts with. */
    public String prefix() {
        return prefix;
    }
}
