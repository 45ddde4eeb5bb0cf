package org.volunteernet.activity.notification.domain;

import java.util.Map;
import org.volunteernet.common.document.DocumentLanguage;

/**
 * What a notification says, in Chinese (default) and English. Texts are templates over the notification's params
 * ({@code {title}}, {@code {start}}...), rendered when read, in the reader's language.
 */
public enum NotificationKind {
    WAITLIST_PROMOTED("候补转正", "Off the waitlist",
            "您已从候补转为正式报名：{title}，{start}，地点：{place}。",
            "You now hold a confirmed seat: {title}, {start}, at {place}."),
    OCCURRENCE_CANCELLED("活动已取消", "Occurrence cancelled",
            "{title}（{start}）已取消。原因：{reason}",
            "{title} on {start} is cancelled. Reason: {reason}"),
    OCCURRENCE_MOVED("活动时间或地点变更", "Occurrence moved",
            "{title} 改为 {start} 至 {end}，地点：{place}。",
            "{title} moved to {start} - {end}, at {place}."),
    REMINDER_24H("活动提醒（24小时）", "Reminder: tomorrow",
            "提醒：您报名的 {title} 将于 {start} 开始，地点：{place}。",
            "Reminder: {title} starts {start}, at {place}."),
    REMINDER_2H("活动提醒（2小时）", "Reminder: in two hours",
            "提醒：您报名的 {title} 将于 {start} 开始，地点：{place}。",
            "Reminder: {title} starts {start}, at {place}."),
    STAR_LEVEL_REACHED("星级晋升", "Star level reached",
            "恭喜！您的志愿服务时长已达 {hours} 小时，晋升为{level}星级志愿者。",
            "Congratulations: {hours} verified hours make you a {level}-star volunteer."),
    RECORD_CORRECTED("更正申请已处理", "Correction decided",
            "您 {date} 的服务记录已更正：{previousHours} 小时改为 {hours} 小时。",
            "Your service record of {date} was corrected from {previousHours} to {hours} hours.") {

        /** A correction that moved the date says so, from the day the volunteer knew ({previousDate}). */
        @Override
        public String body(DocumentLanguage language, Map<String, String> params) {
            String previousDate = params.get("previousDate");
            if (previousDate == null || previousDate.isEmpty() || previousDate.equals(params.get("date"))) {
                return super.body(language, params);
            }
            boolean sameHours = java.util.Objects.equals(params.get("previousHours"), params.get("hours"));
            return render(sameHours
                    ? language.pick("您 {previousDate} 的服务记录已更正：日期改为 {date}，时长 {hours} 小时不变。",
                            "Your service record of {previousDate} was corrected: moved to {date}, still {hours} hours.")
                    : language.pick("您 {previousDate} 的服务记录已更正：日期改为 {date}，{previousHours} 小时改为 {hours} 小时。",
                            "Your service record of {previousDate} was corrected: moved to {date}, and from {previousHours} "
                                    + "to {hours} hours."), params);
        }
    },
    RECORD_CORRECTION_REJECTED("更正申请未获同意", "Correction rejected",
            "您对服务记录提出的更正申请未获同意，记录保持不变；理由请在“我的更正申请”中查看。",
            "Your reported error in a service record was rejected and the record stands; see the reason with your correction."),
    CERTIFICATE_ISSUED("证明已出具", "Certificate issued",
            "您的志愿服务记录证明已出具（{hours} 小时），可在“我的证明”中查看和下载。",
            "Your certificate of volunteer service ({hours} hours) was issued; see and download it under your certificates."),
    RECORD_DEADLINE_NEAR("记录期限临近", "Record deadline near",
            "{title}（{start}）尚未录入服务记录，距截止日 {deadline} 还剩 {workingDaysLeft} 个工作日。",
            "{title} of {start} is not recorded yet: {workingDaysLeft} working day(s) left until the deadline {deadline}."),
    OCCURRENCE_SHORT_OF_VOLUNTEERS("报名人数不足", "Short of volunteers",
            "{title}（{start}）目前仅 {confirmed} 人确认报名，少于最低人数 {minimum}。",
            "{title} on {start} has {confirmed} confirmed volunteer(s), fewer than its minimum of {minimum}.");

    private final String titleZh;
    private final String titleEn;
    private final String bodyZh;
    private final String bodyEn;

    NotificationKind(String titleZh, String titleEn, String bodyZh, String bodyEn) {
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.bodyZh = bodyZh;
        this.bodyEn = bodyEn;
    }

    public String title(DocumentLanguage language) {
        return language.pick(titleZh, titleEn);
    }

    public String body(DocumentLanguage language, Map<String, String> params) {
        return render(language.pick(bodyZh, bodyEn), params);
    }

    private static String render(String template, Map<String, String> params) {
        String text = template;
        for (Map.Entry<String, String> param : params.entrySet()) {
            text = text.replace("{" + param.getKey() + "}", param.getValue() == null ? "" : param.getValue());
        }
        return text;
    }

    /** Recipients: volunteers are addressed by volunteer id, organizers by their token subject. */
    public static String volunteer(java.util.UUID volunteerId) {
        return "volunteer:" + volunteerId;
    }

    public static String subject(String subject) {
        return "subject:" + subject;
    }
}
