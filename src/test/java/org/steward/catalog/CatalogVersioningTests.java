package org.steward.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.steward.IntegrationTest;
import org.steward.refusal.Refusal;
import org.steward.worktime.LimitUnit;
import org.steward.worktime.TimeLimit;

@IntegrationTest
class CatalogVersioningTests {

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcCatalog jdbcCatalog;

	@Autowired
	CatalogEditor editor;

	@Autowired
	Clock clock;

	@Test
	void keepsTheLimitsOfAnOldVersionAfterAnEdit() {
		CategoryRules first = CatalogTestData.create(editor, jdbcCatalog, true);
		Instant beforeEdit = clock.instant();

		CategoryRules second = editor.edit(first.code(), first.version(),
				CatalogTestData.draft("ECOLOGY_ENVIRONMENT", List.of("URBAN_MANAGEMENT"), 8), "admin");

		assertThat(second.version()).isEqualTo(first.version() + 1);
		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.editedBy()).isEqualTo("admin");
		assertThat(second.validFrom()).isAfterOrEqualTo(beforeEdit);
		assertThat(catalog.current(first.code())).contains(second);
		assertThat(second.handleWithin(Urgency.NORMAL)).isEqualTo(TimeLimit.of(8, LimitUnit.WORKING_HOURS));

		CategoryRules old = catalog.version(first.id()).orElseThrow();
		assertThat(old).isEqualTo(first);
		assertThat(old.handleWithin(Urgency.NORMAL)).isEqualTo(TimeLimit.of(4, LimitUnit.WORKING_HOURS));
		assertThat(old.responsibility()).isEqualTo(Responsibility.lead("URBAN_MANAGEMENT", "PUBLIC_SECURITY"));
		assertThat(catalog.limits(first.id(), Urgency.NORMAL).orElseThrow().handle())
			.isEqualTo(TimeLimit.of(4, LimitUnit.WORKING_HOURS));
		assertThat(jdbcCatalog.history(first.code())).extracting(CategoryRules::version)
			.containsExactly(second.version(), first.version());
	}

	@Test
	void rejectsAnEditStartedFromASupersededVersion() {
		CategoryRules first = CatalogTestData.create(editor, jdbcCatalog, true);
		editor.edit(first.code(), first.version(), CatalogTestData.draft("URBAN_MANAGEMENT", List.of(), 5), "one");

		assertThatThrownBy(() -> editor.edit(first.code(), first.version(),
				CatalogTestData.draft("URBAN_MANAGEMENT", List.of(), 6), "two"))
			.isInstanceOfSatisfying(Refusal.class, refused -> {
				assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT);
				assertThat(refused.code()).isEqualTo("catalog.refused.stale");
			});
		assertThat(catalog.current(first.code()).orElseThrow().version()).isEqualTo(first.version() + 1);
	}

	@Test
	void savesNothingWhenAnEditBreaksTheRules() {
		CategoryRules first = CatalogTestData.create(editor, jdbcCatalog, true);

		assertThatThrownBy(() -> editor.edit(first.code(), first.version(),
				CatalogTestData.draft("URBAN_MANAGEMENT", List.of("URBAN_MANAGEMENT", "NO_SUCH_DEPARTMENT"), 0), "admin"))
			.isInstanceOfSatisfying(Refusal.class, refused -> assertThat(refused.kind()).isEqualTo(Refusal.Kind.INVALID));
		assertThat(catalog.current(first.code())).contains(first);
	}
}
