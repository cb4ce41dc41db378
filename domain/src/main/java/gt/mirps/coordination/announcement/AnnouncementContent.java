package gt.mirps.coordination.announcement;

import java.time.LocalDate;

/**
 * What an editor writes in a communiqué, all of it at once; any part may be missing while it is a
 * draft. The body is HTML, sanitised when it is stored (see {@link RichText}).
 *
 * @param title "Autoridades del MINEX participan en la II Conferencia Nacional de Ciudades
 *     Solidarias"
 * @param datelinePlace "Guatemala"
 * @param datelineDate the day the dateline names, 25 September 2024
 * @param lead a short summary shown in lists
 * @param bodyHtml the text of the communiqué
 * @param sourceUrl where the communiqué was first published, an http or https address
 */
public record AnnouncementContent(
    String title,
    String datelinePlace,
    LocalDate datelineDate,
    String lead,
    String bodyHtml,
    String sourceUrl) {}
