package kr.co.saenal.sandan.complex;

import java.io.Serializable;

/** A complex's statistics of one quarter: its history is a list of these. */
public record QuarterFigures(
        Quarter quarter,
        String name,
        DevelopmentStatus status,
        StatisticsFigures figures,
        boolean aged,
        boolean spansTwoRegions)
        implements Serializable {}
