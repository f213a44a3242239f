package org.steward.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A document PDF's text as PDFBox extracts it, line by line, and the checks every document passes. */
public final class PdfLines {

	private final List<String> lines;

	private final String text;

	private PdfLines(List<String> lines) {
		this.lines = lines;
		this.text = String.join("", lines).replaceAll("\\s", "");
	}

	public static PdfLines of(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			return new PdfLines(Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList());
		}
	}

	public List<String> lines() {
		return lines;
	}

	/** The whole text without whitespace (lines joined), to find a phrase that wrapped. */
	public String text() {
		return text;
	}

	/** The text contains each phrase (whitespace ignored, so a wrapped phrase is found). */
	public PdfLines shows(String... phrases) {
		for (String phrase : phrases) {
			assertThat(text).as("PDF text").contains(phrase.replaceAll("\\s", ""));
		}
		return this;
	}

	/** 避头尾: no line starts with closing punctuation. */
	public PdfLines noLineStartsWithClosingPunctuation() {
		for (String line : lines) {
			assertThat("。，、；：？！）》」".indexOf(line.charAt(0))).as("line starts with punctuation: " + line).isNegative();
		}
		return this;
	}
}
