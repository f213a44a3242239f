package org.steward.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JdbcDepartments implements Departments {

	private final JdbcClient jdbc;

	JdbcDepartments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Department> all() {
		return jdbc.sql("select code, name_zh, name_en from department order by sort_order, code")
			.query(Department.class)
			.list();
	}

	@Override
	public Optional<Department> byCode(String code) {
		return jdbc.sql("select code, name_zh, name_en from department where code = :code")
			.param("code", code)
			.query(Department.class)
			.optional();
	}

	@Override
	public List<Liaison> liaisons(String departmentCode) {
		return jdbc.sql("""
				select department_code, name, phone, username from department_liaison
				where department_code = :code order by name, id""")
			.param("code", departmentCode)
			.query(Liaison.class)
			.list();
	}
}
