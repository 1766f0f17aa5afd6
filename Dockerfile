# Multi-stage build: Maven + JDK build the jar, a JRE runs it as a non-root user.
# docker compose builds this file (see docker-compose.yml); by hand: docker build -t jvg-accession .

FROM maven:3.9-eclipse-temurin-17 AS build
# Node and npm: the build runs `npm ci` for the public page's pinned form-js viewer (src/main/frontend).
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /build
# Dependencies first, so a code change does not download them again.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN mvn -B -q package -DskipTests && cp target/jamstallt-vg-accession-*.jar /build/app.jar

FROM eclipse-temurin:17-jre
# curl for the health check only.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build /build/app.jar /app/app.jar
USER app
# Production profiles, as docker-compose.yml sets them: without this the image would start in the embedded
# default (demo users, in-process mail server and its viewer /epost). Override only on purpose.
ENV SPRING_PROFILES_ACTIVE=prod,postgres
# The application's server.port (SERVER_PORT); compose maps it to a host port per node.
EXPOSE 8080
# Engine start and migrations take a while on the first start: a generous start period.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
# JAVA_TOOL_OPTIONS (read by the JVM) can add memory settings; 75 % of the container's memory by default.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
