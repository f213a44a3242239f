package org.steward.cases.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outside bodies the transfer (转办) form offers to pick from ({@code steward.cases.transfer.bodies}):
 * a district lists the bodies it actually hands cases to. A name not on the list may still be typed
 * (a neighbouring district's bureau); the server checks only that it is given and not too long.
 */
@ConfigurationProperties("steward.cases.transfer")
record TransferProperties(@DefaultValue({ "区住房和城乡建设局", "区市场监督管理局", "区生态环境分局", "区园林绿化管理局",
		"供电公司", "供水公司", "燃气公司", "通信运营商", "相邻区城市管理局" }) List<String> bodies) {

	TransferProperties {
		bodies = List.copyOf(bodies);
	}
}
