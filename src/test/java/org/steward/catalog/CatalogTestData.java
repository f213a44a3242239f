package org.steward.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.steward.worktime.LimitUnit;

/**
 * Categories the tests create for themselves, under codes nobody uses yet, so tests never edit
 * the seeded catalogue and can run against a database that already holds earlier runs' data.
 */
final class CatalogTestData {

	private CatalogTestData() {
	}

	/** A 4-digit code, not yet taken, under one of the existing major classes. */
	static String unusedCode(JdbcCatalog catalog) {
		List<MajorClass> majors = catalog.majorClasses();
		List<String> free = new ArrayList<>();
		for (MajorClass major : majors) {
			for (int sequence = 50; sequence <= 99; sequence++) {
				String code = major.code() + sequence;
				if (!catalog.categoryExists(code)) {
					free.add(code);
				}
			}
		}
		return free.get(ThreadLocalRandom.current().nextInt(free.size()));
	}

	static RulesDraft draft(String lead, List<String> co, int normalHandleHours) {
		Map<Urgency, RulesDraft.LimitsDraft> limits = new EnumMap<>(Urgency.class);
		limits.put(Urgency.NORMAL, new RulesDraft.LimitsDraft(30, LimitUnit.NATURAL_MINUTES, normalHandleHours, LimitUnit.WORKING_HOURS));
		limits.put(Urgency.URGENT, new RulesDraft.LimitsDraft(15, LimitUnit.NATURAL_MINUTES, 2, LimitUnit.WORKING_HOURS));
		limits.put(Urgency.VERY_URGENT, new RulesDraft.LimitsDraft(10, LimitUnit.NATURAL_MINUTES, 1, LimitUnit.NATURAL_HOURS));
		return new RulesDraft("测试分类", "Test category", "created by a test", true, lead, co, limits);
	}

	static CategoryRules create(CatalogEditor editor, JdbcCatalog catalog, boolean active) {
		String code = unusedCode(catalog);
		RulesDraft draft = draft("URBAN_MANAGEMENT", List.of("PUBLIC_SECURITY"), 4);
		draft = new RulesDraft(draft.nameZh(), draft.nameEn(), draft.description(), active, draft.leadDepartment(),
				draft.coDepartments(), draft.limits());
		return editor.create(new NewCategoryDraft(code, code.substring(0, 2), draft), "test");
	}
}
