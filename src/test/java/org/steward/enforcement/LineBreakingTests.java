package org.steward.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineBreakingTests {

	/** Every character one unit wide: a line of width 5 holds five characters. */
	static List<String> lines(String text, int width) {
		return LineBreaking.lines(text, width, width, String::length);
	}

	@Test
	void closingPunctuationNeverStartsALineItPullsThePreviousCharacterDown() {
		assertThat(lines("一二三四五。六七", 5)).containsExactly("一二三四", "五。六七");
		assertThat(lines("一二三四五），六", 5)).containsExactly("一二三四", "五），六");
		assertThat(String.join("", lines("一二三四五。六七", 5))).isEqualTo("一二三四五。六七");
	}

	@Test
	void openingPunctuationNeverEndsALine() {
		assertThat(lines("一二三四（五六", 5)).containsExactly("一二三四", "（五六");
	}

	@Test
	void numbersStayWholeWhereTheyFit() {
		assertThat(lines("罚款8000元", 5)).containsExactly("罚款", "8000元");
		assertThat(lines("1234567", 3)).containsExactly("123", "456", "7");
	}

	@Test
	void amountsAreWrittenInCapitalNumerals() {
		assertThat(AmountInWords.of(new BigDecimal("8000"))).isEqualTo("捌仟元整");
		assertThat(AmountInWords.of(new BigDecimal("50000"))).isEqualTo("伍万元整");
		assertThat(AmountInWords.of(new BigDecimal("1050.50"))).isEqualTo("壹仟零伍拾元伍角");
		assertThat(AmountInWords.of(new BigDecimal("10005"))).isEqualTo("壹万零伍元整");
		assertThat(AmountInWords.of(new BigDecimal("200.05"))).isEqualTo("贰佰元零伍分");
		assertThat(AmountInWords.of(new BigDecimal("150"))).isEqualTo("壹佰伍拾元整");
		assertThat(AmountInWords.of(new BigDecimal("0"))).isEqualTo("零元整");
	}
}
