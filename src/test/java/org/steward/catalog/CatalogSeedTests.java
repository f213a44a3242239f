package org.steward.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.steward.IntegrationTest;
import org.steward.organization.Departments;
import org.steward.worktime.LimitUnit;
import org.steward.worktime.TimeLimit;

@IntegrationTest
class CatalogSeedTests {

	@Autowired
	Catalog catalog;

	@Autowired
	Departments departments;

	private Map<String, CategoryRules> byChineseName() {
		return catalog.allCurrent()
			.stream()
			.collect(Collectors.toMap(CategoryRules::nameZh, Function.identity(), (a, b) -> a));
	}

	@Test
	void seedsEveryCategoryTheDomainNames() {
		assertThat(byChineseName()).containsKeys(
				"私搭乱建", "暴露垃圾", "积存渣土", "道路不洁", "水域不洁", "绿地脏乱",
				"非法小广告", "违规户外广告",
				"施工扰民", "施工占道", "工地扬尘", "施工废弃料",
				"无照经营", "占道经营", "店外经营", "流浪乞讨", "黑车拉客",
				"管道破裂", "路面塌陷", "道路积水", "火灾",
				"井盖破损", "路灯损坏", "护栏损坏", "行道树缺损",
				"违建苗头", "消防通道堵塞", "无证经营",
				"社会生活噪声", "商业经营噪声", "建筑施工噪声");
	}

	@Test
	void seedsAllSixComponentMajorClassesEachWithMinorClasses() {
		List<MajorClass> components = catalog.majorClasses()
			.stream()
			.filter(m -> m.kind() == CategoryKind.COMPONENT)
			.toList();
		assertThat(components).extracting(MajorClass::nameZh)
			.contains("公用设施", "道路交通", "市容环境", "园林绿化", "房屋土地", "其它设施");
		for (MajorClass major : components) {
			assertThat(catalog.allCurrent()).filteredOn(c -> c.majorClass().equals(major)).hasSizeGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void keepsEventCityAppearanceUnderTheStandardCode01() {
		CategoryRules illegalConstruction = catalog.current("0101").orElseThrow();
		assertThat(illegalConstruction.nameZh()).isEqualTo("私搭乱建");
		assertThat(illegalConstruction.kind()).isEqualTo(CategoryKind.EVENT);
		assertThat(illegalConstruction.majorClass().nameZh()).isEqualTo("市容环境");
	}

	@Test
	void numbersMinorClassesInsideTheirMajorClassAndNeverReusesACodeAcrossKinds() {
		for (CategoryRules rules : catalog.allCurrent()) {
			assertThat(rules.code()).matches("\\d{4}").startsWith(rules.majorClass().code());
		}
		assertThat(catalog.majorClasses()).allSatisfy(m -> assertThat(m.code())
			.matches(m.kind() == CategoryKind.EVENT ? "0\\d|[1-4]\\d" : "5\\d|[6-9]\\d"));
	}

	@Test
	void splitsNoiseThreeWaysByWhoAnswersForIt() {
		Map<String, CategoryRules> byName = byChineseName();
		assertThat(byName.get("社会生活噪声").responsibility()).isEqualTo(Responsibility.lead("PUBLIC_SECURITY"));
		assertThat(byName.get("商业经营噪声").responsibility())
			.isEqualTo(Responsibility.lead("URBAN_MANAGEMENT", "PUBLIC_SECURITY", "ECOLOGY_ENVIRONMENT"));
		assertThat(byName.get("建筑施工噪声").responsibility().leadDepartment()).isEqualTo("ECOLOGY_ENVIRONMENT");
		assertThat(byName.get("建筑施工噪声").responsibility().coDepartments()).contains("URBAN_MANAGEMENT");
	}

	@Test
	void givesJointHandlingToIllegalConstructionAndItsEarlySigns() {
		Map<String, CategoryRules> byName = byChineseName();
		assertThat(byName.get("私搭乱建").responsibility())
			.isEqualTo(Responsibility.lead("URBAN_MANAGEMENT", "NATURAL_RESOURCES", "HOUSING_CONSTRUCTION"));
		assertThat(byName.get("违建苗头").responsibility())
			.isEqualTo(Responsibility.lead("URBAN_MANAGEMENT", "FIRE_RESCUE", "MARKET_SUPERVISION"));
		assertThat(byName.get("违建苗头").nameEn()).isEqualTo("Early signs of illegal construction");
	}

	@Test
	void routesFireLanesUnlicensedBusinessVendingAndTaxisToTheirDepartments() {
		Map<String, CategoryRules> byName = byChineseName();
		assertThat(byName.get("消防通道堵塞").responsibility()).isEqualTo(Responsibility.lead("FIRE_RESCUE", "URBAN_MANAGEMENT"));
		assertThat(byName.get("无证经营").responsibility()).isEqualTo(Responsibility.lead("MARKET_SUPERVISION", "URBAN_MANAGEMENT"));
		assertThat(byName.get("占道经营").responsibility().leadDepartment()).isEqualTo("URBAN_MANAGEMENT");
		assertThat(byName.get("店外经营").responsibility().leadDepartment()).isEqualTo("URBAN_MANAGEMENT");
		assertThat(byName.get("黑车拉客").responsibility().leadDepartment()).isEqualTo("TRAFFIC_POLICE");
	}

	@Test
	void namesOnlyKnownDepartments() {
		assertThat(catalog.allCurrent()).allSatisfy(rules -> assertThat(rules.responsibility().allDepartments())
			.allMatch(departments::exists));
	}

	@Test
	void takesTheLocalManualsTimeLimits() {
		Map<String, CategoryRules> byName = byChineseName();
		assertThat(byName.get("私搭乱建").handleWithin(Urgency.NORMAL)).isEqualTo(TimeLimit.of(4, LimitUnit.WORKING_HOURS));
		assertThat(byName.get("暴露垃圾").handleWithin(Urgency.NORMAL)).isEqualTo(TimeLimit.of(4, LimitUnit.WORKING_HOURS));
		assertThat(byName.get("积存渣土").handleWithin(Urgency.NORMAL)).isEqualTo(TimeLimit.of(4, LimitUnit.WORKING_DAYS));
		assertThat(byName.get("水域不洁").handleWithin(Urgency.NORMAL)).isEqualTo(TimeLimit.of(15, LimitUnit.WORKING_DAYS));
		CategoryRules vending = byName.get("占道经营");
		assertThat(vending.acknowledgeWithin(Urgency.NORMAL)).isEqualTo(TimeLimit.of(30, LimitUnit.NATURAL_MINUTES));
		assertThat(vending.acknowledgeWithin(Urgency.URGENT)).isEqualTo(TimeLimit.of(15, LimitUnit.NATURAL_MINUTES));
		assertThat(vending.acknowledgeWithin(Urgency.VERY_URGENT)).isEqualTo(TimeLimit.of(10, LimitUnit.NATURAL_MINUTES));
		assertThat(byName.get("火灾").acknowledgeWithin(Urgency.NORMAL)).isEqualTo(TimeLimit.of(15, LimitUnit.NATURAL_MINUTES));
	}
}
