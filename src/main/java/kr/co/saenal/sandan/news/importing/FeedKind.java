package kr.co.saenal.sandan.news.importing;

import kr.co.saenal.sandan.platform.Texts;

/** What an uploaded file is: a WordPress export (WXR, RSS with WordPress' own elements) or a plain RSS 2.0 feed. */
public enum FeedKind {
    WXR,
    RSS;

    public String label() {
        return Texts.say(FeedKind.class, "importing.feedKind." + name());
    }
}
