package org.steward.identity;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Only this module says who is signed in: no other module's main code makes up a user (a
 * "command centre" to read cases back with, say) by calling the {@link CurrentUser} constructor.
 */
class SignedInUserTests {

	private final JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.steward");

	@Test
	void onlyTheIdentityModuleConstructsASignedInUser() {
		noClasses().that()
			.resideOutsideOfPackage("org.steward.identity..")
			.should()
			.callConstructorWhere(target(owner(describe("CurrentUser", c -> c.isEquivalentTo(CurrentUser.class)))))
			.because("a listener or facade that needs a user must get it from identity, never invent one")
			.check(main);
	}

	@Test
	void theRuleSeesTheConstructorCallsIdentityMakes() {
		// guards the rule above against passing vacuously (a wrong package, a renamed type)
		org.assertj.core.api.Assertions.assertThat(main.get(Account.class).getConstructorCallsFromSelf())
			.anySatisfy(call -> org.assertj.core.api.Assertions.assertThat(call.getTargetOwner().isEquivalentTo(CurrentUser.class))
				.isTrue());
	}
}
