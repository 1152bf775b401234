package kr.co.saenal.sandan.complex;

import java.io.Serializable;

/** A complex's trend figures of one quarter, under the short name KICOX's survey uses for it. */
public record TrendQuarter(Quarter quarter, String shortName, TrendFigures figures) implements Serializable {}
