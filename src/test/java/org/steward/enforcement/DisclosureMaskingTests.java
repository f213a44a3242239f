package org.steward.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.parties.LicenceStatus;
import org.steward.parties.Party;
import org.steward.parties.PartyType;

class DisclosureMaskingTests {

	static Party party(String name, String creditCode) {
		return new Party(1, PartyType.MERCHANT, name, creditCode, "金水区", null, null, null, LicenceStatus.values()[0], null,
				null, Instant.EPOCH, List.of());
	}

	@Test
	void aNaturalPersonIsMaskedWhateverTheLengthOfTheNameAnOrganisationIsNamed() {
		assertThat(Disclosures.maskName(party("王建国", null))).isEqualTo("王**");
		assertThat(Disclosures.maskName(party("欧阳建国华", null))).isEqualTo("欧****");
		assertThat(Disclosures.maskName(party("郑州鼎盛商贸有限公司", "91410105MA40000000"))).isEqualTo("郑州鼎盛商贸有限公司");
	}

	@Test
	void numbersKeepOnlyTheirFirstThreeAndLastFourDigits() {
		assertThat(Disclosures.maskNumbers("电话0371-66668888")).isEqualTo("电话037*-****8888");
		assertThat(Disclosures.maskNumbers("13812345678")).isEqualTo("138****5678");
		assertThat(Disclosures.maskNumbers("身份证41010519900101123X")).isEqualTo("身份证410***********123X");
		assertThat(Disclosures.maskNumbers("第12号，罚款8000元")).isEqualTo("第12号，罚款8000元");
		// what the mask claims to hide is hidden: no run of the middle digits survives
		assertThat(Disclosures.maskNumbers("0371-66668888")).doesNotContain("6666").doesNotContain("0371");
	}
}
