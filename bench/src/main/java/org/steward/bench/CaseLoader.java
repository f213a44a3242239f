package org.steward.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes historical cases as CSV for PostgreSQL's COPY, one table per run:
 * {@code cases N categories.csv endEpochSecond} or {@code timeline N categories.csv endEpochSecond}
 * ({@code columns cases|timeline} prints the column list for COPY).
 * Both runs draw every case from a random generator seeded with its id, so the timeline rows
 * agree with the case rows without a file in between. Reported times are spread evenly over the
 * two years before {@code end}; ids grow with time like real registrations. Case numbers count
 * per year from 1 (district 410105). The last 30 days hold the open cases; older ones are
 * almost all CLOSED, a few REJECTED or MERGED.
 */
public final class CaseLoader {

	static final String CASE_COLUMNS = "id,case_number,tracking_code,report_id,status,category_code,category_rules_id,"
			+ "lead_department,urgency,lat,lng,address,district_code,grid_code,community_code,street_code,station_code,"
			+ "squad_code,assigned_officer_code,assigned_officer_name,reporter_name,reporter_phone,channel,submitted_by,"
			+ "description,supporters,rework_count,reject_reason,handle_result,merged_into,review_pending,reported_at,"
			+ "acknowledged_at,arrived_at,handled_at,closed_at,acknowledge_by,handle_by,escalation_level,version,created_at";

	static final String TIMELINE_COLUMNS = "case_id,happened_at,action,actor,actor_name,from_status,to_status,notes";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final long CODE_SPACE = pow(31, 10);

	/** Odd and not a multiple of 31: multiplying by it permutes 0 … 31^10 − 1, so codes are unique. */
	private static final long SCRAMBLE = 2_654_435_761L;

	/** grid code, west, south, east, north, community, street, station, squad. */
	private static final String[][] GRIDS = {
			{ "410105010001001", "113.676", "34.797", "113.686", "34.804", "410105010001", "410105010", "yuantian", "dongfeng" },
			{ "410105010001002", "113.686", "34.797", "113.696", "34.804", "410105010001", "410105010", "yuantian", "dongfeng" },
			{ "410105010001003", "113.676", "34.790", "113.686", "34.797", "410105010001", "410105010", "yuantian", "dongfeng" },
			{ "410105010001004", "113.686", "34.790", "113.696", "34.797", "410105010001", "410105010", "yuantian", "dongfeng" },
			{ "410105010002001", "113.700", "34.790", "113.708", "34.804", "410105010002", "410105010", "guanhutun", "dongfeng" },
			{ "410105010002002", "113.708", "34.790", "113.716", "34.804", "410105010002", "410105010", "guanhutun", "dongfeng" },
			{ "410105008001001", "113.645", "34.805", "113.665", "34.815", "410105008001", "410105008", "huanghe", "wenhua" },
			{ "410105008001002", "113.645", "34.795", "113.665", "34.805", "410105008001", "410105008", "huanghe", "wenhua" },
			{ "410105009001001", "113.660", "34.773", "113.675", "34.787", "410105009001", "410105009", "fengchan", "fengchan" },
			{ "410105009001002", "113.675", "34.773", "113.690", "34.787", "410105009001", "410105009", "fengchan", "fengchan" } };

	private static final String[] PROBLEMS = { "路边有垃圾堆放，影响通行", "店外占道经营，摊位占用人行道", "夜间施工噪声扰民",
			"墙面张贴大量小广告", "绿地被踩踏，杂物较多", "人行道有渣土遗撒", "疑似违建：楼顶正在搭建框架" };

	private static final String[] NAMES = { "张", "王", "李", "赵", "刘", "陈", "杨", "黄" };

	private record Category(String code, long rulesId, String leadDepartment) {
	}

	public static void main(String[] args) throws IOException {
		if (args.length == 2 && args[0].equals("columns")) {
			System.out.println(args[1].equals("cases") ? CASE_COLUMNS : TIMELINE_COLUMNS);
			return;
		}
		if (args.length != 4) {
			System.err.println("usage: CaseLoader cases|timeline N categories.csv endEpochSecond");
			System.exit(2);
		}
		String table = args[0];
		int n = Integer.parseInt(args[1]);
		List<Category> categories = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of(args[2]))) {
			String[] f = line.split(",");
			if (f.length == 3) {
				categories.add(new Category(f[0], Long.parseLong(f[1]), f[2]));
			}
		}
		if (categories.isEmpty()) {
			throw new IllegalArgumentException("no categories in " + args[2]);
		}
		long end = Long.parseLong(args[3]);
		long start = end - 2 * 365 * 86_400L;
		try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
			new CaseLoader(n, categories, start, end).write(table, out);
		}
	}

	private final int n;

	private final List<Category> categories;

	private final long start;

	private final long end;

	private CaseLoader(int n, List<Category> categories, long start, long end) {
		this.n = n;
		this.categories = categories;
		this.start = start;
		this.end = end;
	}

	private void write(String table, BufferedWriter out) throws IOException {
		Map<Integer, Integer> sequences = new HashMap<>();
		double step = (double) (end - start) / n;
		StringBuilder line = new StringBuilder(1024);
		for (int id = 1; id <= n; id++) {
			SplittableRandom r = new SplittableRandom(0x5EED_0000L + id);
			long reported = start + (long) ((id - 1) * step) + (long) (r.nextDouble() * step);
			ZonedDateTime local = Instant.ofEpochSecond(reported).atZone(ZONE);
			int year = local.getYear();
			int sequence = sequences.merge(year, 1, Integer::sum);
			String number = String.format("410105-%04d-%06d", year, sequence);
			String[] grid = GRIDS[r.nextInt(GRIDS.length)];
			Category category = categories.get(r.nextInt(categories.size()));
			boolean urgent = r.nextInt(10) == 0;
			double west = Double.parseDouble(grid[1]);
			double south = Double.parseDouble(grid[2]);
			double lng = west + r.nextDouble() * (Double.parseDouble(grid[3]) - west);
			double lat = south + r.nextDouble() * (Double.parseDouble(grid[4]) - south);
			boolean recent = end - reported < 30 * 86_400L;
			int roll = r.nextInt(100);
			String status;
			if (recent) {
				status = roll < 45 ? "CLOSED" : roll < 60 ? "DISPATCHED" : roll < 72 ? "ACKNOWLEDGED" : roll < 82 ? "ON_SITE"
						: roll < 94 ? "HANDLED" : roll < 97 ? "ESCALATED" : "REJECTED";
			}
			else {
				status = roll < 94 ? "CLOSED" : roll < 98 ? "REJECTED" : "MERGED";
			}
			long ackBy = reported + (urgent ? 1_800 : 7_200);
			long handleBy = reported + (urgent ? 86_400 : 5 * 86_400);
			long acknowledged = reported + 120 + r.nextInt(3_000);
			long arrived = acknowledged + 300 + r.nextInt(3_600);
			long handled = arrived + 1_800 + r.nextInt(86_400);
			long closed = handled + 600 + r.nextInt(20_000);
			int stage = switch (status) {
				case "DISPATCHED", "REJECTED", "MERGED" -> 0;
				case "ACKNOWLEDGED", "ESCALATED" -> 1;
				case "ON_SITE" -> 2;
				case "HANDLED" -> 3;
				default -> 4;
			};
			// an open case whose deadline passed long before the run was alerted at the time: its rungs are
			// climbed (escalation level 2), so the app's deadline sweep does not raise two years of alerts
			// at once in the middle of the measurements
			boolean open = stage < 4 && !status.equals("REJECTED") && !status.equals("MERGED");
			long due = status.equals("DISPATCHED") ? ackBy : handleBy;
			int escalation = open && due < end ? 2 : 0;
			String officer = grid[7].equals("yuantian") ? "officer.yuantian" + (1 + r.nextInt(2)) : null;
			String officerName = officer == null ? null : officer.endsWith("1") ? "园田执法队员一" : "园田执法队员二";
			String problem = PROBLEMS[r.nextInt(PROBLEMS.length)];
			line.setLength(0);
			if (table.equals("cases")) {
				String reporter = r.nextInt(3) == 0 ? null : NAMES[r.nextInt(NAMES.length)] + "先生";
				String phone = reporter == null ? null : "1380000" + String.format("%04d", r.nextInt(10_000));
				csv(line, id, number, trackingCode(id), id, status, category.code(), category.rulesId(),
						category.leadDepartment(), urgent ? "URGENT" : "NORMAL", String.format("%.7f", lat),
						String.format("%.7f", lng), "金水区" + grid[7] + "附近 " + (1 + r.nextInt(200)) + " 号", "410105", grid[0],
						grid[5], grid[6], grid[7], grid[8], officer, officerName, reporter, phone,
						r.nextInt(4) == 0 ? "PATROL" : "PUBLIC", null, problem + "（历史数据 " + number + "）", r.nextInt(20) == 0 ? 1 : 0,
						0, status.equals("REJECTED") ? "不属于城市管理职责" : null,
						stage >= 3 ? "已现场处置，恢复原状" : null,
						status.equals("MERGED") ? String.format("410105-%04d-%06d", year, Math.max(1, sequence - 1)) : null,
						false, ts(reported), stage >= 1 ? ts(acknowledged) : null, stage >= 2 ? ts(arrived) : null,
						stage >= 3 ? ts(handled) : null, stage >= 4 || status.equals("REJECTED") || status.equals("MERGED") ? ts(closed) : null,
						ts(ackBy), ts(handleBy), escalation, 1 + stage, ts(reported));
				out.append(line);
			}
			else {
				csv(line, id, ts(reported), "REGISTERED", null, null, null, "DISPATCHED", null);
				if (status.equals("REJECTED") || status.equals("MERGED")) {
					csv(line, id, ts(closed), status.equals("REJECTED") ? "REJECT" : "MERGE", "station." + grid[7], null,
							"DISPATCHED", status, null);
				}
				String[][] steps = { { "ACKNOWLEDGE", "DISPATCHED", "ACKNOWLEDGED" }, { "ARRIVE", "ACKNOWLEDGED", "ON_SITE" },
						{ "HANDLE", "ON_SITE", "HANDLED" }, { "VERIFY", "HANDLED", "CLOSED" } };
				long[] at = { acknowledged, arrived, handled, closed };
				for (int s = 0; s < stage; s++) {
					csv(line, id, ts(at[s]), steps[s][0], officer == null ? "station." + grid[7] : officer, officerName,
							steps[s][1], steps[s][2], s == 2 ? "已现场处置" : null);
				}
				if (status.equals("ESCALATED")) {
					csv(line, id, ts(arrived), "ESCALATE", "station." + grid[7], null, "ACKNOWLEDGED", "ESCALATED",
							"SQUAD: 需要中队协调");
				}
				out.append(line);
			}
		}
	}

	static String trackingCode(long id) {
		long v = Math.floorMod(id * SCRAMBLE, CODE_SPACE);
		char[] code = new char[10];
		for (int i = 9; i >= 0; i--) {
			code[i] = ALPHABET.charAt((int) (v % 31));
			v /= 31;
		}
		return new String(code);
	}

	private static String ts(long epochSecond) {
		return Instant.ofEpochSecond(epochSecond).toString();
	}

	private static void csv(StringBuilder line, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			Object v = values[i];
			if (v == null) {
				continue; // an unquoted empty field is NULL in COPY's CSV format
			}
			String s = v.toString();
			if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0) {
				line.append('"').append(s.replace("\"", "\"\"")).append('"');
			}
			else {
				line.append(s);
			}
		}
		line.append('\n');
	}

	private static long pow(long base, int exponent) {
		long v = 1;
		for (int i = 0; i < exponent; i++) {
			v *= base;
		}
		return v;
	}
}
