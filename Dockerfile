# One image for every liveblog component; the compose services choose the command (produce, process, ...).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/app/target/liveblog.jar /app/liveblog.jar
COPY --from=build /src/app/target/lib /app/lib
COPY sample /app/sample
RUN useradd --system --uid 10001 liveblog \
    && mkdir -p /var/lib/liveblog/state /var/lib/liveblog/out /var/lib/liveblog/producer \
    && chown -R liveblog /var/lib/liveblog
USER liveblog
# Exec form: java is PID 1 and gets SIGTERM, so every component shuts down cleanly on `docker compose stop`.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/liveblog.jar"]
CMD ["--help"]
