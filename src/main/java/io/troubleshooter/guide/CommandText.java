package io.troubleshooter.guide;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognising, cleaning and classifying command text. */
final class CommandText {

    private static final Set<String> CMD_VERBS = Set.of("net", "sc", "reg", "msdtc", "vssadmin", "icacls", "msiexec",
            "bcdedit", "netsh", "ipconfig", "wmic", "diskpart", "takeown", "cscript", "certutil", "schtasks", "tasklist",
            "taskkill", "shutdown", "dism", "sfc", "chkdsk", "nslookup", "tracert", "winmgmt", "fltmc", "cmd", "powershell",
            "psexec", "diskmgmt", "regedit", "robocopy", "xcopy", "powercfg", "gpupdate", "gpresult", "w32tm", "route",
            "arp", "netstat", "telnet", "ping", "hostname", "whoami", "setx", "mountvol", "fsutil", "wevtutil", "auditpol",
            "manage-bde", "bitsadmin", "winrm", "mofcomp", "diskshadow", "wbadmin", "bootrec", "pnputil", "azcmagent",
            "pwsh", "msinfo32", "eventvwr", "wusa", "curl.exe", "tnc", "pathping", "klist", "nltest", "dcdiag", "repadmin",
            "secedit", "lodctr", "unlodctr", "regsvr32", "rundll32", "tzutil", "verifier", "defrag", "cipher", "attrib");
    private static final Set<String> BASH_VERBS = Set.of("service", "systemctl", "ps", "sudo", "cat", "apt-get", "apt",
            "yum", "zypper", "waagent", "grep", "tail", "ls", "mount", "umount", "fsck", "curl", "wget", "chmod", "chown",
            "rpm", "dpkg", "python", "pip", "sed", "lsblk", "df", "journalctl", "iptables", "blkid", "xfs_repair",
            "kubectl", "az", "helm", "docker", "openssl", "nc", "ssh", "scp", "tar", "unzip", "mkdir", "rm", "cp", "mv",
            "touch", "find", "awk", "export", "source", "bash", "sh", "git", "python3", "pip3", "modprobe", "lsmod",
            "iscsiadm", "mkfs", "xfs_info", "fdisk", "parted", "pvs", "vgs", "lvs", "lvdisplay", "vgdisplay", "pvdisplay",
            "pvscan", "vgscan", "lvscan", "vgchange", "lvchange", "mdadm", "cryptsetup", "dmesg", "uptime", "free", "top",
            "echo", "dnf", "snap", "lsof", "ss", "ip", "ifconfig", "dig", "host", "traceroute", "update-grub",
            "grub2-mkconfig", "dracut", "restorecon", "setenforce", "getenforce", "hostnamectl", "timedatectl", "crontab",
            "useradd", "usermod", "passwd", "chage", "visudo", "xfs_admin", "e2fsck", "tune2fs", "resize2fs", "blockdev",
            "ln", "head", "wc", "sort", "uniq", "env", "printenv", "which", "whereis", "kill", "pkill",
            "killall", "nohup", "watch", "timeout", "azcopy", "azd", "func", "terraform", "jq", "nslookup");
    /** Commands that are whole with no argument ({@code hostname}, {@code diskmgmt}); most others need one. */
    private static final Set<String> ALONE = Set.of("hostname", "diskmgmt", "umount", "fsck", "ipconfig", "whoami",
            "gpupdate", "regedit", "lsblk", "blkid", "msinfo32", "eventvwr", "diskpart", "tasklist", "netstat", "dmesg",
            "uptime", "getenforce", "pvs", "vgs", "lvs", "pvscan", "vgscan", "lvscan", "lsmod", "iptables-save", "klist",
            "dcdiag");
    private static final Pattern SCRIPT = Pattern.compile(
            "^\\.{1,2}[\\\\/][\\w.-]+|^&\\s*[\"'$]",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> READ_ONLY = Set.of("vssadmin list", "reg query", "sc query", "sc qc", "ipconfig",
            "nslookup", "tracert", "tasklist", "ps", "cat", "grep", "tail", "ls", "df", "lsblk", "blkid", "journalctl",
            "dpkg -l", "rpm -q", "systemctl status", "netsh show", "certutil -store");
    private static final Pattern CMDLET = Pattern.compile("^[A-Z][a-z]+-[A-Z][A-Za-z]+\\b");
    private static final Pattern CMDLET_ALONE = Pattern.compile("[A-Z][a-z]+-[A-Z][A-Za-z]+");
    private static final Pattern PS_ASSIGN = Pattern.compile("^\\$\\w+\\s*=");
    private static final Pattern ANGLE = Pattern.compile("<([A-Za-z][\\w -]*)>");
    private static final Pattern BRACE = Pattern.compile("\\{([A-Za-z][\\w-]*)\\}");
    private static final Pattern CAMEL = Pattern.compile("\\b([a-z]+(?:[A-Z][a-z]+)*(?:Name|Id|Path|Group|Account))\\b");
    private static final Pattern PARAM_ECHO = Pattern.compile("-(\\w+)\\s+\"(\\w+)\"");
    private static final Pattern ENV = Pattern.compile("%(\\w+)%");

    private CommandText() {
    }

    /** Which shell a single line belongs to, or null when it does not start like a command. */
    static Command.@Nullable Shell shellOf(String line) {
        String s = line.strip();
        if (s.startsWith("[HKEY_") || s.startsWith("Windows Registry Editor")) {
            return Command.Shell.REGISTRY;
        }
        if (CMDLET.matcher(s).find() || PS_ASSIGN.matcher(s).find()) {
            return Command.Shell.POWERSHELL;
        }
        String verb = s.split("\\s+", 2)[0];
        if (CMD_VERBS.contains(verb.toLowerCase(Locale.ROOT).replaceFirst("\\.exe$", ""))) {
            return Command.Shell.CMD;
        }
        if (BASH_VERBS.contains(verb)) {
            return Command.Shell.BASH;
        }
        if (SCRIPT.matcher(s).find()) {
            return s.startsWith("&") || s.toLowerCase(Locale.ROOT).contains(".ps1") ? Command.Shell.POWERSHELL
                    : s.startsWith("./") || s.contains(".sh") ? Command.Shell.BASH : Command.Shell.CMD;
        }
        return null;
    }

    /** A line that starts with a known command and has an argument, or a command that is whole alone. */
    static boolean looksLikeCommand(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > 600 || shellOf(s) == null) {
            return false;
        }
        return s.contains(" ") || s.contains("\n") || ALONE.contains(s.toLowerCase(Locale.ROOT).replaceFirst("\\.exe$", ""))
                || SCRIPT.matcher(s).find() || CMDLET_ALONE.matcher(s).matches();
    }

    record Cleaned(String text, List<Command.Flag> flags) { }

    static Cleaned clean(String raw) {
        return CommandCleaning.clean(raw);
    }

    static List<Command.Placeholder> placeholders(String text, Command.Shell shell) {
        Map<String, Command.Placeholder> found = new LinkedHashMap<>();
        Matcher angle = ANGLE.matcher(text);
        while (angle.find()) {
            found.putIfAbsent(angle.group(1), new Command.Placeholder(angle.group(1), angle.group(), false));
        }
        Matcher brace = BRACE.matcher(text);
        while (brace.find()) {
            found.putIfAbsent(brace.group(1), new Command.Placeholder(brace.group(1), brace.group(), false));
        }
        Matcher echo = PARAM_ECHO.matcher(text);
        while (echo.find()) {
            if (echo.group(1).equalsIgnoreCase(echo.group(2))) {
                found.putIfAbsent(echo.group(2), new Command.Placeholder(echo.group(2), echo.group(2), false));
            }
        }
        if (shell != Command.Shell.REGISTRY) {
            Matcher camel = CAMEL.matcher(text);
            while (camel.find()) {
                found.putIfAbsent(camel.group(1), new Command.Placeholder(camel.group(1), camel.group(1), false));
            }
        }
        Matcher env = ENV.matcher(text);
        while (env.find()) {
            found.putIfAbsent(env.group(), new Command.Placeholder(env.group(1), env.group(), true));
        }
        return List.copyOf(found.values());
    }

    static boolean changesState(String text, Command.Shell shell) {
        if (shell == Command.Shell.REGISTRY) {
            return true;
        }
        if (shell == Command.Shell.TEXT) {
            return false;
        }
        String s = text.strip().toLowerCase(Locale.ROOT).replaceFirst("^sudo\\s+", "");
        if (shell == Command.Shell.POWERSHELL) {
            return !(s.startsWith("get-") || s.startsWith("test-"));
        }
        String verb = s.split("\\s+", 2)[0].replaceFirst("\\.exe$", "");
        if (verb.equals("icacls")) {
            return s.matches(".*\\s/(grant|deny|remove|reset|setowner|restore|inheritance).*");
        }
        if (verb.equals("service") || verb.equals("systemctl")) {
            return !s.contains("status");
        }
        for (String ro : READ_ONLY) {
            if (s.equals(ro) || s.startsWith(ro + " ")) {
                return false;
            }
        }
        return true;
    }
}
