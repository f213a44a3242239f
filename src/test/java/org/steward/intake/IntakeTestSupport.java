package org.steward.intake;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.evidence.PhotoInspector;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseStatus;
import org.steward.cases.Cases;
import org.steward.cases.NewReport;
import org.steward.cases.RegisteredCase;
import org.steward.cases.TrackingCode;
import org.steward.territory.GeoPoint;

/**
 * Shared set-up of the intake integration tests: the cases module is replaced by a mock
 * (intake only knows its interface) and photos go to a temporary directory. Every test class
 * extending this shares one application context.
 */
abstract class IntakeTestSupport {

	static final Path PHOTO_DIR;

	static {
		try {
			PHOTO_DIR = Files.createTempDirectory("steward-intake-photos");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final AtomicLong SEQUENCE = new AtomicLong(900_000);

	@DynamicPropertySource
	static void photoDirectory(DynamicPropertyRegistry registry) {
		registry.add("steward.intake.photo-dir", PHOTO_DIR::toString);
	}

	@MockitoBean
	Cases cases;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static final RegisteredCase.Area GRID = new RegisteredCase.Area("410105010001001", "园田社区第一网格", "Yuantian grid 1");

	static final RegisteredCase.Area STATION = new RegisteredCase.Area("yuantian", "园田社区执法服务站", "Yuantian station");

	static final Instant ACK_BY = Instant.parse("2026-11-26T10:30:00Z");

	static final Instant HANDLE_BY = Instant.parse("2026-11-27T10:00:00Z");

	@BeforeEach
	void casesRegisterEveryReport() {
		when(cases.register(any())).thenAnswer(invocation -> registered());
		when(cases.openNear(anyString(), any(GeoPoint.class), anyDouble(), anyInt())).thenReturn(List.of());
	}

	static RegisteredCase registered() {
		return new RegisteredCase(CaseNumber.of("410105", 2026, SEQUENCE.incrementAndGet()), TrackingCode.random(),
				CaseStatus.DISPATCHED, GRID, STATION, ACK_BY, HANDLE_BY, false);
	}

	long reports() {
		return jdbc.sql("select count(*) from intake_report").query(Long.class).single();
	}

	long photoRows() {
		return jdbc.sql("select count(*) from intake_photo").query(Long.class).single();
	}

	static boolean stored(byte[] photo) {
		return Files.exists(PHOTO_DIR.resolve(PhotoInspector.sha256(PhotoInspector.cleaned(photo).orElse(photo))));
	}

	/** The description is what tests use to find their own report among others' rows. */
	static String unique(String description) {
		return description + " " + SEQUENCE.incrementAndGet();
	}

	NewReport lastRegistered() {
		var captor = org.mockito.ArgumentCaptor.forClass(NewReport.class);
		org.mockito.Mockito.verify(cases, org.mockito.Mockito.atLeastOnce()).register(captor.capture());
		return captor.getValue();
	}
}
