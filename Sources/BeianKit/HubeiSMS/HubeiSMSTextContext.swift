/// The values the `sms/hubei-annual-review-text` template sees.
enum HubeiSMSTextContext {
    static func make(_ plan: HubeiSMSPlan) -> [String: Any] {
        let subject = plan.filing.subject
        var context: [String: Any] = [
            "subjectName": subject.name,
            "subjectFilingNumber": subject.filingNumber.text,
            "providerCode": plan.provider.code,
            "sendDate": plan.sendDate.chinese,
            "count": plan.messages.count,
            "messages": plan.messages.enumerated().map { index, message -> [String: Any] in
                [
                    "number": index + 1,
                    "websiteName": message.websiteName,
                    "websiteFilingNumber": message.websiteFilingNumber,
                    "sender": message.sender,
                    "carrierName": message.carrier.chineseName,
                    "destination": message.destination,
                    "body": message.body,
                    "status": message.status.rawValue,
                ]
            },
        ]
        // Absent rather than empty, so that {{#providerName}} is false for an unknown code.
        context["providerName"] = plan.provider.name.flatMap(TemplateContext.nonEmpty)
        if plan.sendDate > ReviewDestination.reviewWindowClosed {
            context["windowClosed"] = [
                "closedOn": ReviewDestination.reviewWindowClosed.chinese,
                "letterDeadline": ReviewDestination.commitmentLetterDeadline.chinese,
            ]
        }
        return context
    }
}
