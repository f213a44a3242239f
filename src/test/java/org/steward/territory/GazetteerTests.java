package org.steward.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;

/**
 * The gazetteer over the demo: our vector layer, the demo territory and the demo parties' shops, searched
 * by prefix and contains, and free text resolved to one place or refused as unknown or ambiguous.
 */
@IntegrationTest
@org.springframework.test.context.event.RecordApplicationEvents
class GazetteerTests {

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.steward.parties.Parties parties;

	@org.junit.jupiter.api.BeforeEach
	void registerTheDemoShops() {
		// the test profile seeds no parties; the registry is shared by the test contexts, so register once
		// by its exact name: other test classes register "老王烩面馆（…）" shops that a search also finds
		if (parties.search("金水区老王烩面馆", 20).stream().noneMatch(p -> p.name().equals("金水区老王烩面馆"))) {
			parties.register(new org.steward.parties.Parties.NewParty("MERCHANT", "金水区老王烩面馆", null,
					"金水区园田路18号（演示地址）", 34.7992, 113.6815,
					java.util.List.of(new org.steward.parties.Parties.NewParty.Contact("王建国", "13700001001", "经营者")), null,
					null, null));
		}
		if (parties.search("夜猫子烧烤", 5).isEmpty()) {
			parties.register(new org.steward.parties.Parties.NewParty("MERCHANT", "郑州夜猫子餐饮管理有限公司（夜猫子烧烤东风路店）",
					null, "金水区东风路121号（演示地址）", 34.8035, 113.6880,
					java.util.List.of(new org.steward.parties.Parties.NewParty.Contact("赵小龙", "13700001003", "店长")), null,
					null, null));
		}
	}

	@Test
	void findsStreetsByPrefixWithTheExactNameFirst() {
		assertThat(gazetteer.search("园田", 20)).extracting(Place::nameZh)
			.contains("园田路", "园田小区", "园田社区", "园田公园", "园田社区党群服务中心");
		assertThat(gazetteer.search("园田路", 5).get(0)).satisfies(p -> {
			assertThat(p.kind()).isEqualTo("road");
			assertThat(p.nameZh()).isEqualTo("园田路");
		});
	}

	@Test
	void findsByContainsAndInEnglish() {
		assertThat(gazetteer.search("公园", 10)).extracting(Place::nameZh).contains("园田公园", "丰产公园");
		assertThat(gazetteer.search("dongfeng garden", 10)).extracting(Place::nameZh).contains("东风花园");
	}

	@Test
	void findsRegisteredShopsByNameAndAddressWithoutTheirOwners() {
		// the full name: other test classes register shops called "老王烩面馆（…）" in the shared database
		assertThat(gazetteer.search("金水区老王烩面", 10)).anySatisfy(p -> {
			assertThat(p.kind()).isEqualTo("shop");
			assertThat(p.nameZh()).isEqualTo("金水区老王烩面馆");
			assertThat(p.detail()).contains("园田路18号");
			assertThat(p.lat()).isEqualTo(34.7992);
		});
		assertThat(gazetteer.search("东风路121号", 10)).extracting(Place::nameZh)
			.anySatisfy(name -> assertThat(name).contains("夜猫子"));
	}

	@Test
	void thePlaceSearchApiIsPublicLimitedAndRevealsNoOwnerOrPhone() throws Exception {
		mvc.perform(get("/api/v1/places").param("q", "园田").param("limit", "3"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].lat").isNumber());
		String body = mvc.perform(get("/api/v1/places").param("q", "金水区"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("王建国").doesNotContain("1370000").doesNotContain("contacts")
			.doesNotContain("creditCode");
	}

	@Test
	void aMissingTooLongOrBadlyLimitedQueryIsRefusedNamingTheField() throws Exception {
		mvc.perform(get("/api/v1/places"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"));
		mvc.perform(get("/api/v1/places").param("q", "园".repeat(Gazetteer.MAX_QUERY + 1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"));
		mvc.perform(get("/api/v1/places").param("q", "园田").param("limit", "500"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("limit"));
	}

	@Test
	void aLandmarkOrCompoundNamedInATextIsThatPlace() {
		assertThat(gazetteer.resolve("金水区园田小区南门消防车通道")).isInstanceOfSatisfying(Gazetteer.Resolution.Found.class,
				found -> assertThat(found.place().nameZh()).isEqualTo("园田小区"));
		assertThat(gazetteer.resolve("东风路地铁站")).isInstanceOfSatisfying(Gazetteer.Resolution.Found.class,
				found -> assertThat(found.place().kind()).isEqualTo("landmark"));
	}

	@Test
	void aShopsAddressIsTheShop() {
		// a shop of its own at an address no other test uses (the registry is shared by the test classes)
		String name = "地址测试面馆" + java.util.UUID.randomUUID().toString().substring(0, 8);
		parties.register(new org.steward.parties.Parties.NewParty("MERCHANT", name, null, "金水区园田路1818号", 34.7993,
				113.6817, java.util.List.of(new org.steward.parties.Parties.NewParty.Contact("钱老板", "13700001818", "经营者")),
				null, null, null));
		assertThat(gazetteer.resolve("金水区园田路1818号 面馆门前"))
			.isInstanceOfSatisfying(Gazetteer.Resolution.Found.class, found -> {
				assertThat(found.place().nameZh()).isEqualTo(name);
				assertThat(found.place().lat()).isEqualTo(34.7993);
				assertThat(found.place().lng()).isEqualTo(113.6817);
			});
	}

	@Test
	void twoStreetsThatCrossAreTheirCrossing() {
		assertThat(gazetteer.resolve("金水区园田路与经三路交叉口东北角"))
			.isInstanceOfSatisfying(Gazetteer.Resolution.Found.class, found -> {
				assertThat(found.place().kind()).isEqualTo("crossing");
				assertThat(found.place().lat()).isCloseTo(34.8010, org.assertj.core.data.Offset.offset(0.0002));
				assertThat(found.place().lng()).isCloseTo(113.6848, org.assertj.core.data.Offset.offset(0.0002));
			});
	}

	@Test
	void aStreetAloneIsAmbiguousAndNonsenseIsUnknown() {
		assertThat(gazetteer.resolve("东风路")).isInstanceOf(Gazetteer.Resolution.Ambiguous.class);
		assertThat(gazetteer.resolve("东风路上")).isInstanceOfSatisfying(Gazetteer.Resolution.Ambiguous.class,
				ambiguous -> assertThat(ambiguous.candidates()).extracting(Place::nameZh).containsExactly("东风路"));
		assertThat(gazetteer.resolve("月球背面环形山")).isInstanceOf(Gazetteer.Resolution.Unknown.class);
		assertThat(gazetteer.resolve("园田小区和东风花园之间")).isInstanceOf(Gazetteer.Resolution.Ambiguous.class);
	}

	@Autowired
	TerritoryImporter importer;

	@Test
	void anImportedTerritoryIsSearchableAtOnce(org.springframework.test.context.event.ApplicationEvents events) {
		String district = "98" + String.format("%04d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000));
		String grid = district + "001001001";
		// warm the gazetteer, so the import must make it rebuild rather than build for the first time
		assertThat(gazetteer.search("测试" + grid, 5)).isEmpty();

		importer.importFile(TerritoryFiles.validChain(district).bytes(), "gazetteer-test.geojson");

		assertThat(events.stream(org.steward.cluster.ReferenceDataChanged.class))
			.anySatisfy(e -> assertThat(e.kind()).isEqualTo(org.steward.cluster.ReferenceDataChanged.Kind.TERRITORY));
		assertThat(gazetteer.search("测试" + grid, 5)).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo("grid");
			assertThat(p.detail()).isEqualTo("测试" + district + "001001");
		});
	}
}
