package org.steward.catalog;

import java.time.Clock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.refusal.Refusal;

/**
 * Changes to the catalogue. An edit never overwrites: it appends the next version, valid from
 * now, so every case keeps the rules it was registered under.
 */
@Service
@Transactional
class CatalogEditor {

	static final int FIRST_VERSION = 1;

	private final JdbcCatalog catalog;

	private final CategoryRulesPolicy policy;

	private final Clock clock;

	CatalogEditor(JdbcCatalog catalog, CategoryRulesPolicy policy, Clock clock) {
		this.catalog = catalog;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * Saves a new version of a category's rules.
	 * @param baseVersion the version the editor started from; if someone saved meanwhile, the
	 * edit is rejected rather than silently overwriting theirs
	 */
	CategoryRules edit(String code, int baseVersion, RulesDraft draft, String editedBy) {
		CategoryRules current = catalog.current(code).orElseThrow(() -> CatalogRefusals.categoryNotFound(code));
		RulesContent content = policy.accept(draft);
		if (current.version() != baseVersion) {
			throw CatalogRefusals.staleVersion(code, baseVersion);
		}
		try {
			CategoryRulesId id = catalog.insertVersion(code, current.version() + 1, content, editedBy, clock.instant());
			return catalog.version(id).orElseThrow();
		}
		catch (DuplicateKeyException concurrentEdit) {
			throw CatalogRefusals.staleVersion(code, baseVersion);
		}
	}

	/** Adds a category under an existing major class, with its first version of rules. */
	CategoryRules create(NewCategoryDraft draft, String editedBy) {
		Refusal.throwIfAny(policy.check(draft, catalog::majorClassExists, catalog::categoryExists));
		RulesContent content = policy.accept(draft.rules());
		String code = draft.code().strip();
		try {
			catalog.insertCategory(code, draft.majorCode().strip(), clock.instant());
		}
		catch (DuplicateKeyException takenMeanwhile) {
			throw CatalogRefusals.codeTaken(code);
		}
		CategoryRulesId id = catalog.insertVersion(code, FIRST_VERSION, content, editedBy, clock.instant());
		return catalog.version(id).orElseThrow();
	}
}
