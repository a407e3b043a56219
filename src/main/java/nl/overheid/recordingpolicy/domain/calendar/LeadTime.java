package nl.overheid.recordingpolicy.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of "must be asked at the latest N working days before the conversation".
 *
 * @param workingDays              N, at least 1
 * @param conversationDate         the day of the conversation
 * @param deadline                 the last day on which asking is still on time: the N-th working
 *                                 day strictly before the conversation
 * @param requestDate              the day the request was (or would be) made
 * @param onTime                   the request is not later than the deadline; asking on the
 *                                 deadline day itself is on time
 * @param conversationOnWorkingDay the conversation falls on a working day; a conversation on a
 *                                 Saturday or a feast is unusual enough to be worth flagging
 * @param conversationInPast       the conversation lies before the request date
 */
public record LeadTime(int workingDays, LocalDate conversationDate, LocalDate deadline, LocalDate requestDate,
                       boolean onTime, boolean conversationOnWorkingDay, boolean conversationInPast) {

    /**
     * Checks what can be checked without a calendar, so that a hand-built LeadTime cannot
     * contradict its own dates.
     */
    public LeadTime {
        Objects.requireNonNull(conversationDate, "conversationDate");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(requestDate, "requestDate");
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1, was " + workingDays);
        }
        if (!deadline.isBefore(conversationDate)) {
            throw new IllegalArgumentException(
                    "deadline " + deadline + " must lie before the conversation " + conversationDate);
        }
        if (onTime != !requestDate.isAfter(deadline)) {
            throw new IllegalArgumentException("onTime=" + onTime + " contradicts request " + requestDate
                    + " and deadline " + deadline);
        }
        if (conversationInPast != conversationDate.isBefore(requestDate)) {
            throw new IllegalArgumentException("conversationInPast=" + conversationInPast
                    + " contradicts conversation " + conversationDate + " and request " + requestDate);
        }
    }

    public static LeadTime compute(WorkingDayCalendar calendar, int workingDays, LocalDate conversationDate,
                                   LocalDate requestDate) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(conversationDate, "conversationDate");
        Objects.requireNonNull(requestDate, "requestDate");
        LocalDate deadline = calendar.workingDaysBefore(conversationDate, workingDays);
        return new LeadTime(workingDays, conversationDate, deadline, requestDate,
                !requestDate.isAfter(deadline),
                calendar.isWorkingDay(conversationDate),
                conversationDate.isBefore(requestDate));
    }

    /**
     * A lead time as it was decided and stored: the deadline and whether the request was on time are taken as they
     * were, not counted again, because a later change of the calendar (a new decree) must not rewrite history. A
     * record written before the working days were stored (a gateway version from before migration V5) has them in
     * its dates: the working days from the deadline up to the conversation.
     *
     * @param storedWorkingDays the working days as stored, or empty for such an older record
     */
    public static LeadTime asStored(WorkingDayCalendar calendar, Optional<Integer> storedWorkingDays,
                                    LocalDate conversationDate, LocalDate deadline, LocalDate requestDate,
                                    boolean onTime) {
        Objects.requireNonNull(calendar, "calendar");
        int workingDays = storedWorkingDays.orElseGet(() -> calendar.workingDaysBetween(deadline, conversationDate));
        return new LeadTime(workingDays, conversationDate, deadline, requestDate, onTime,
                calendar.isWorkingDay(conversationDate), conversationDate.isBefore(requestDate));
    }
}
