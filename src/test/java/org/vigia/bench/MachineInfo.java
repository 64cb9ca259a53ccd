package org.vigia.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The machine and software the figures were measured on, read from /proc, the JVM and git. */
final class MachineInfo {

    private MachineInfo() {
    }

    /** Name → value, in the order the results show them. */
    static Map<String, String> collect(Path projectDir) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("CPU", cpuModel());
        info.put("cores", Runtime.getRuntime().availableProcessors() + " available to the JVM");
        info.put("RAM", memTotal());
        info.put("OS", osName() + ", kernel " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")");
        info.put("JDK", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.vendor") + ")");
        info.put("Maven", command(projectDir, "mvn", "-v").lines().findFirst().orElse("?")
                .replaceAll("\\u001B\\[[;\\d]*m", ""));
        info.put("git commit", command(projectDir, "git", "rev-parse", "--short", "HEAD").trim()
                + (command(projectDir, "git", "status", "--porcelain").isBlank() ? "" : " (with uncommitted changes)")
                + " on " + command(projectDir, "git", "rev-parse", "--abbrev-ref", "HEAD").trim());
        return info;
    }

    /** The 1-, 5- and 15-minute load averages (how busy the machine was besides the benchmark). */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String cpuModel() {
        List<String> models = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    models.add(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
        return models.isEmpty() ? "?" : models.get(0) + " (" + models.size() + " logical CPUs in /proc/cpuinfo)";
    }

    private static String memTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return "?";
    }

    private static String osName() {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return line.substring("PRETTY_NAME=".length()).replace("\"", "");
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return System.getProperty("os.name");
    }

    /** Runs a short command and returns its output ("?" when it cannot run). */
    static String command(Path dir, String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "?";
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }
}
