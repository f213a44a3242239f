package org.steward.identity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.Deserializer;
import org.springframework.core.serializer.Serializer;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * How session attributes are written to the session table: Java serialization, as Spring
 * Session does by default, except that a record of Steward's that is not {@link Serializable}
 * (a report receipt or an import summary put into a flash attribute for the page after a
 * redirect, which another node may serve) is written as its class and component values and
 * rebuilt through its canonical constructor. So no module has to make its records
 * serializable for the sake of sessions, and reading back only ever builds Steward records.
 */
final class SessionAttributes {

	private SessionAttributes() {
	}

	static GenericConversionService conversionService(ClassLoader classLoader) {
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter(new RecordsSerializer()));
		conversions.addConverter(byte[].class, Object.class, new DeserializingConverter(new RecordsDeserializer(classLoader)));
		return conversions;
	}

	static byte[] write(Object value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new RecordsSerializer().serialize(value, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	static Object read(byte[] bytes) {
		try {
			return new RecordsDeserializer(SessionAttributes.class.getClassLoader()).deserialize(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A record written as its class and its components in declaration order. */
	record RecordForm(String type, Object[] components) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;
	}

	static final class RecordsSerializer implements Serializer<Object> {

		@Override
		public void serialize(Object value, OutputStream stream) throws IOException {
			ObjectOutputStream out = new ObjectOutputStream(stream) {
				{
					enableReplaceObject(true);
				}

				@Override
				protected Object replaceObject(Object obj) throws IOException {
					if (obj instanceof Record && !(obj instanceof Serializable) && obj.getClass().getName().startsWith("org.steward.")) {
						RecordComponent[] parts = obj.getClass().getRecordComponents();
						Object[] values = new Object[parts.length];
						for (int i = 0; i < parts.length; i++) {
							try {
								parts[i].getAccessor().setAccessible(true);
								values[i] = parts[i].getAccessor().invoke(obj);
							}
							catch (ReflectiveOperationException ex) {
								throw new IOException("Cannot read " + obj.getClass().getName() + "." + parts[i].getName(), ex);
							}
						}
						return new RecordForm(obj.getClass().getName(), values);
					}
					return obj;
				}
			};
			out.writeObject(value);
			out.flush();
		}
	}

	static final class RecordsDeserializer implements Deserializer<Object> {

		private final ClassLoader classLoader;

		RecordsDeserializer(ClassLoader classLoader) {
			this.classLoader = classLoader;
		}

		@Override
		public Object deserialize(InputStream stream) throws IOException {
			ObjectInputStream in = new ObjectInputStream(stream) {
				{
					enableResolveObject(true);
				}

				@Override
				protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
					try {
						return Class.forName(desc.getName(), false, classLoader);
					}
					catch (ClassNotFoundException ex) {
						return super.resolveClass(desc);
					}
				}

				@Override
				protected Object resolveObject(Object obj) throws IOException {
					return obj instanceof RecordForm form ? rebuild(form) : obj;
				}
			};
			try {
				return in.readObject();
			}
			catch (ClassNotFoundException ex) {
				throw new IOException(ex);
			}
		}

		private Object rebuild(RecordForm form) throws IOException {
			try {
				if (!form.type().startsWith("org.steward.")) {
					throw new IOException("Not a Steward record: " + form.type());
				}
				Class<?> type = Class.forName(form.type(), false, classLoader);
				if (!type.isRecord()) {
					throw new IOException("Not a record: " + form.type());
				}
				Class<?>[] parameters = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
				Constructor<?> canonical = type.getDeclaredConstructor(parameters);
				canonical.setAccessible(true);
				return canonical.newInstance(form.components());
			}
			catch (ReflectiveOperationException ex) {
				throw new IOException("Cannot rebuild " + form.type(), ex);
			}
		}
	}
}
