package org.steward.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerritoryCodesTests {

	@Test
	void acceptsCodesWithTheRightNumberOfDigitsForEachLevel() {
		assertThat(TerritoryCodes.whyInvalid(TerritoryLevel.DISTRICT, "410105")).isEmpty();
		assertThat(TerritoryCodes.whyInvalid(TerritoryLevel.STREET, "410105010")).isEmpty();
		assertThat(TerritoryCodes.whyInvalid(TerritoryLevel.COMMUNITY, "410105010001")).isEmpty();
		assertThat(TerritoryCodes.whyInvalid(TerritoryLevel.GRID, "410105010001001")).isEmpty();
		assertThat(TerritoryCodes.whyInvalid(TerritoryLevel.COMPOUND, "410105010001-XQ01")).isEmpty();
	}

	@Test
	void acceptsBothTwoDigitCjt349AndThreeDigitDb11GridSequences() {
		assertThat(TerritoryCodes.whyInvalid(TerritoryLevel.GRID, "41010501000101")).isEmpty();
		assertThat(TerritoryCodes.whyInvalid(TerritoryLevel.GRID, "410105010001001")).isEmpty();
	}

	@Test
	void rejectsCodesWithWrongLengthOrNonDigits() {
		assertThat(TerritoryCodes.whyInvalid(TerritoryLevel.DISTRICT, "41010")).hasValueSatisfying(
				why -> assertThat(why).contains("6 digits"));
		assertThat(TerritoryCodes.whyInvalid(TerritoryLevel.DISTRICT, "41O105")).isPresent();
		assertThat(TerritoryCodes.whyInvalid(TerritoryLevel.STREET, "4101050100")).isPresent();
		assertThat(TerritoryCodes.whyInvalid(TerritoryLevel.COMMUNITY, "41010501000a")).isPresent();
		assertThat(TerritoryCodes.whyInvalid(TerritoryLevel.GRID, "4101050100010")).hasValueSatisfying(
				why -> assertThat(why).contains("14 or 15 digits"));
		assertThat(TerritoryCodes.whyInvalid(TerritoryLevel.GRID, "4101050100010011")).isPresent();
		assertThat(TerritoryCodes.whyInvalid(TerritoryLevel.COMPOUND, "has space")).isPresent();
	}

	@Test
	void derivesTheParentFromTheCodePrefix() {
		assertThat(TerritoryCodes.impliedParent(TerritoryLevel.STREET, "410105010")).contains("410105");
		assertThat(TerritoryCodes.impliedParent(TerritoryLevel.COMMUNITY, "410105010001")).contains("410105010");
		assertThat(TerritoryCodes.impliedParent(TerritoryLevel.GRID, "41010501000101")).contains("410105010001");
		assertThat(TerritoryCodes.impliedParent(TerritoryLevel.GRID, "410105010001001")).contains("410105010001");
		assertThat(TerritoryCodes.impliedParent(TerritoryLevel.DISTRICT, "410105")).isEmpty();
		assertThat(TerritoryCodes.impliedParent(TerritoryLevel.COMPOUND, "410105010001001")).isEmpty();
	}

	@Test
	void rejectsAParentThatIsNotTheCodePrefix() {
		assertThat(TerritoryCodes.prefixMatches(TerritoryLevel.GRID, "410105010001001", "410105010001")).isTrue();
		assertThat(TerritoryCodes.prefixMatches(TerritoryLevel.GRID, "410105010001001", "410105010002")).isFalse();
		assertThat(TerritoryCodes.prefixMatches(TerritoryLevel.STREET, "410105010", "410106")).isFalse();
		assertThat(TerritoryCodes.prefixMatches(TerritoryLevel.COMPOUND, "XQ01", "410105010001001")).isTrue();
	}

	@Test
	void knowsWhichLevelMayContainWhich() {
		assertThat(TerritoryCodes.mayBeParent(TerritoryLevel.GRID, TerritoryLevel.COMMUNITY)).isTrue();
		assertThat(TerritoryCodes.mayBeParent(TerritoryLevel.GRID, TerritoryLevel.STREET)).isFalse();
		assertThat(TerritoryCodes.mayBeParent(TerritoryLevel.COMPOUND, TerritoryLevel.GRID)).isTrue();
		assertThat(TerritoryCodes.mayBeParent(TerritoryLevel.COMPOUND, TerritoryLevel.COMMUNITY)).isTrue();
		assertThat(TerritoryCodes.mayBeParent(TerritoryLevel.COMPOUND, TerritoryLevel.DISTRICT)).isFalse();
	}
}
