package org.steward.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.coordination.JointTestSupport.STATION_HEAD;
import static org.steward.coordination.JointTestSupport.liaison;
import static org.steward.coordination.JointTestSupport.report;
import static org.steward.coordination.JointTestSupport.task;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.steward.IntegrationTest;
import org.steward.cases.Cases;

import com.jayway.jsonpath.JsonPath;

/** A department's progress with photos, judged and stored by intake's photo rules, shown on the joint page. */
@IntegrationTest
class TaskPhotoTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	@Value("${steward.intake.photo-dir:./data/photos}")
	Path photoDir;

	/** A real JPEG of random pixels, unique per call so that its file is this test's alone. */
	static byte[] jpeg() {
		return image("jpg");
	}

	/** A real PNG of random pixels, unique per call. */
	static byte[] png() {
		return image("png");
	}

	private static byte[] image(String format) {
		java.util.Random random = new java.util.Random(UUID.randomUUID().getMostSignificantBits());
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 8; x++) {
			for (int y = 0; y < 8; y++) {
				image.setRGB(x, y, random.nextInt(0xFFFFFF));
			}
		}
		try {
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			javax.imageio.ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** The photo as the store keeps it (decoded and encoded again, metadata stripped). */
	static byte[] stored(byte[] bytes) {
		return org.steward.evidence.PhotoInspector.cleaned(bytes).orElseThrow();
	}

	/** The SHA-256 the store names the photo by: that of its stored form. */
	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored(bytes)));
	}

	private long acknowledgedFireTask() throws Exception {
		String n = cases.register(report("0502", "楼道堆物 (photo test)", Instant.now())).caseNumber().value();
		String json = JointTestSupport.post(mvc, "/api/v1/cases/" + n + "/whistle", STATION_HEAD,
				"{\"departments\":[\"FIRE_RESCUE\"],\"reason\":\"楼道堆放杂物堵塞消防通道\"}")
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = JsonPath.<Number>read(json, "$[0].id").longValue();
		task(mvc, id, "acknowledge", liaison("FIRE_RESCUE"), "{}").andExpect(status().isOk());
		return id;
	}

	private MockMultipartHttpServletRequestBuilder progress(long id, byte[]... photos) {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/tasks/{id}/progress", id);
		for (int i = 0; i < photos.length; i++) {
			request.file(new MockMultipartFile("photos", "p" + i + ".jpg", "image/jpeg", photos[i]));
		}
		return request;
	}

	@Test
	void progressCarriesPhotosTypedFromTheirBytesWithTheirHashesRecorded() throws Exception {
		long id = acknowledgedFireTask();
		byte[] first = jpeg();
		byte[] second = png();
		// the client calls the PNG a JPEG: its bytes decide
		mvc.perform(progress(id, first, second).param("notes", "消防员到场，通道已清理一半").with(liaison("FIRE_RESCUE")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.steps[-1].action").value("PROGRESS"))
			.andExpect(jsonPath("$.steps[-1].photos.length()").value(2))
			.andExpect(jsonPath("$.steps[-1].photos[0].sha256").value(sha256(first)))
			.andExpect(jsonPath("$.steps[-1].photos[0].contentType").value("image/jpeg"))
			.andExpect(jsonPath("$.steps[-1].photos[1].sha256").value(sha256(second)))
			.andExpect(jsonPath("$.steps[-1].photos[1].contentType").value("image/png"))
			.andExpect(jsonPath("$.steps[-1].photos[1].size").value(second.length));
		assertThat(photoDir.resolve(sha256(first))).exists();

		// the lead sees them on the joint page and opens one
		String n = JsonPath.read(mvc.perform(get("/api/v1/tasks/{id}", id).with(STATION_HEAD))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.caseNumber");
		mvc.perform(get("/cases/{n}/joint", n).with(user("station.yuantian").roles("STATION_HEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"joint-progress\"")))
			.andExpect(content().string(containsString("消防员到场，通道已清理一半")))
			.andExpect(content().string(containsString("/coordination/tasks/" + id + "/photos/" + sha256(second))));
		byte[] served = mvc.perform(get("/coordination/tasks/{id}/photos/{sha}", id, sha256(second))
			.with(user("station.yuantian").roles("STATION_HEAD")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(served).isEqualTo(stored(second));

		// another department, or a hash that is not this task's, opens nothing
		mvc.perform(get("/coordination/tasks/{id}/photos/{sha}", id, sha256(second))
			.with(user("liaison.public_security").roles("DEPARTMENT_LIAISON"))).andExpect(status().isForbidden());
		mvc.perform(get("/coordination/tasks/{id}/photos/{sha}", id, sha256(png()))
			.with(user("station.yuantian").roles("STATION_HEAD"))).andExpect(status().isNotFound());
	}

	@Test
	void aBadPhotoIsNamedAndNothingIsStored() throws Exception {
		long id = acknowledgedFireTask();
		byte[] good = jpeg();
		mvc.perform(progress(id, good, "#!/bin/sh echo not a photo".getBytes(StandardCharsets.UTF_8))
			.param("notes", "到场").header("Accept-Language", "en").with(liaison("FIRE_RESCUE")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("photos[1]"))
			.andExpect(jsonPath("$.errors[0].code").value("evidence.refused.photo.type"))
			.andExpect(jsonPath("$.errors[0].message").value("Only JPEG, PNG or WebP photos"));
		assertThat(Files.exists(photoDir.resolve(sha256(good)))).as("the good photo of a refused step is removed").isFalse();
		assertThat(jdbc.sql("select count(*) from intake_evidence where owner = ?")
			.param("coordination-task:" + id)
			.query(Long.class)
			.single()).isZero();
		mvc.perform(get("/api/v1/tasks/{id}", id).with(liaison("FIRE_RESCUE")))
			.andExpect(jsonPath("$.state").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$.steps[?(@.action == 'PROGRESS')]").isEmpty());

		byte[][] seven = new byte[7][];
		for (int i = 0; i < 7; i++) {
			seven[i] = jpeg();
		}
		mvc.perform(progress(id, seven).param("notes", "到场").with(liaison("FIRE_RESCUE")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("photos"));
	}

	@Test
	void theLiaisonsProgressFormTakesPhotosAndNamesABadOneInline() throws Exception {
		long id = acknowledgedFireTask();
		var liaisonPage = user("liaison.fire_rescue").roles("DEPARTMENT_LIAISON");
		mvc.perform(get("/coordination/tasks").with(liaisonPage))
			.andExpect(content().string(containsString("id=\"photos-" + id + "\"")))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));

		mvc.perform(multipart("/coordination/tasks/{id}/progress", id)
			.file(new MockMultipartFile("photos", "scan.jpg", "image/jpeg", "<svg/>".getBytes(StandardCharsets.UTF_8)))
			.param("notes", "通道已清理")
			.with(liaisonPage)
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"photo-errors-" + id + "\"")))
			.andExpect(content().string(containsString("第 1 张照片：只接受 JPEG、PNG 或 WebP 格式的照片")))
			.andExpect(content().string(containsString("value=\"通道已清理\"")));

		byte[] photo = jpeg();
		mvc.perform(multipart("/coordination/tasks/{id}/progress", id)
			.file(new MockMultipartFile("photos", "site.jpg", "image/jpeg", photo))
			.file(new MockMultipartFile("photos", "", "application/octet-stream", new byte[0])) // an empty file input
			.param("notes", "通道已清理")
			.with(liaisonPage)
			.with(csrf()))
			.andExpect(redirectedUrl("/coordination/tasks"))
			.andExpect(flash().attribute("done", "progress"));
		mvc.perform(get("/coordination/tasks").with(liaisonPage))
			.andExpect(content().string(containsString("/coordination/tasks/" + id + "/photos/" + sha256(photo))));
	}
}
