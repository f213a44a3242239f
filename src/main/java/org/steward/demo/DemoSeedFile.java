package org.steward.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo seed file as written: parties, then cases with their steps, in the order they are
 * seeded. Bound from YAML strictly (an unknown field is an error, so a typo never silently
 * drops a step); what the names mean is checked by {@link DemoSeedCheck}.
 */
record DemoSeedFile(List<BenchmarkSeed> benchmarks, List<PartySeed> parties, List<CaseSeed> cases) {

	DemoSeedFile {
		benchmarks = benchmarks == null ? List.of() : List.copyOf(benchmarks);
		parties = parties == null ? List.of() : List.copyOf(parties);
		cases = cases == null ? List.of() : List.copyOf(cases);
	}

	/** One grade of the discretion benchmark the demo district's administrator has entered; amounts in yuan. */
	record BenchmarkSeed(@Nullable String by, @Nullable String categoryCode, @Nullable String severity,
			@Nullable String minAmount, @Nullable String maxAmount, @Nullable String legalBasis, @Nullable Boolean major) {
	}

	record Point(@Nullable Double lat, @Nullable Double lng) {
	}

	record ContactSeed(@Nullable String name, @Nullable String phone, @Nullable String role) {
	}

	record PartySeed(@Nullable String key, @Nullable String type, @Nullable String name, @Nullable String creditCode,
			@Nullable String address, @Nullable Point location, @Nullable String licenceStatus,
			@Nullable Integer frontageAgreementMonths, @Nullable List<ContactSeed> contacts) {

		PartySeed {
			contacts = contacts == null ? List.of() : List.copyOf(contacts);
		}
	}

	record ReporterSeed(@Nullable String name, @Nullable String phone) {
	}

	record CaseSeed(@Nullable String key, @Nullable String channel, @Nullable String submittedBy,
			@Nullable String category, @Nullable String urgency, @Nullable Point location, @Nullable String address,
			@Nullable String description, @Nullable ReporterSeed reporter, @Nullable String joins,
			@Nullable Boolean outsideServiceArea, @Nullable List<StepSeed> steps) {

		CaseSeed {
			steps = steps == null ? List.of() : List.copyOf(steps);
		}
	}

	/**
	 * One step on a case. Which fields a step needs depends on its action (see the file's
	 * header); the case actions take their fields as {@code POST /api/v1/cases/{n}/{action}} does,
	 * the penalty steps ({@code evidence}, {@code propose}, {@code review}, {@code decide},
	 * {@code serve}) as {@code POST /api/v1/penalties/{id}/…} does, on the case's penalty case.
	 */
	record StepSeed(@Nullable String action, @Nullable String by, @Nullable String notes, @Nullable String result,
			@Nullable String reason, @Nullable String target, @Nullable Boolean passed, @Nullable String into,
			@Nullable String rating, @Nullable String comment, @Nullable String department,
			@Nullable List<String> departments, @Nullable String party, @Nullable String type,
			@Nullable List<String> officers, @Nullable Integer deadlineHours, @Nullable Boolean disclose,
			@Nullable Point location, @Nullable String file, @Nullable String severity, @Nullable String amount,
			@Nullable String method, @Nullable String servedTo) {

		StepSeed {
			departments = departments == null ? List.of() : List.copyOf(departments);
			officers = officers == null ? List.of() : List.copyOf(officers);
		}
	}

	private static final JsonMapper BINDER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/** @throws DemoSeedInvalid when the file is unreadable, not YAML, or has a field of the wrong shape or name */
	static DemoSeedFile read(Resource resource) {
		Object tree;
		try (InputStream in = resource.getInputStream()) {
			tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo seed file " + resource, ex);
		}
		catch (RuntimeException notYaml) {
			throw new DemoSeedInvalid(List.of(resource + ": not valid YAML: " + notYaml.getMessage()));
		}
		if (tree == null) {
			throw new DemoSeedInvalid(List.of(resource + ": the file is empty"));
		}
		try {
			return BINDER.convertValue(tree, DemoSeedFile.class);
		}
		catch (JacksonException wrongShape) {
			throw new DemoSeedInvalid(List.of(resource + ": " + wrongShape.getOriginalMessage() + " at "
					+ wrongShape.getPathReference()));
		}
		catch (IllegalArgumentException wrongShape) {
			throw new DemoSeedInvalid(List.of(resource + ": " + wrongShape.getMessage()));
		}
	}
}
