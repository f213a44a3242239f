package org.steward.catalog;

/** A major class (大类) such as 市容环境 with its 2-digit code; categories are its minor classes. */
public record MajorClass(String code, CategoryKind kind, String nameZh, String nameEn) {
}
