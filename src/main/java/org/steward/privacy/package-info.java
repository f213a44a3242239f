/**
 * Personal data at rest: reporters' names and phones, party contacts and residents' update
 * addresses are stored sealed with SM4 (GB/T 32907) in GCM mode under a key from configuration,
 * never from the database; values that are looked up by value carry a keyed SM3 hash
 * (HMAC-SM3) beside them. Every sealed value names the key it was sealed with, so the key can be
 * rotated: the old key still opens, the new one seals, and {@link org.steward.privacy.Resealing}
 * rewrites every declared column under the new key (at start-up and on an administrator's
 * request), which also seals rows written before this module existed. Modules declare their
 * columns as {@link org.steward.privacy.SealedColumn} beans and use
 * {@link org.steward.privacy.PersonalData}; this module knows none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy", allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.steward.privacy;
