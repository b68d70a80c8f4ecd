# Overriding methods; base-class template method calls the overridden hook.
class Notifier:
    channel = "generic"

    def format(self, msg):
        return msg

    def send(self, user, msg):
        text = self.format(msg)
        return f"[{self.channel}] to {user}: {text}"


class EmailNotifier(Notifier):
    channel = "email"

    def format(self, msg):
        return f"Subject: {msg.split('.')[0]}\n    {msg}"


class SmsNotifier(Notifier):
    channel = "sms"
    limit = 20

    def format(self, msg):
        if len(msg) > self.limit:
            return msg[: self.limit - 3] + "..."
        return msg


class LoudSms(SmsNotifier):
    def format(self, msg):
        return super().format(msg).upper()


msg = "Build passed. All 42 tests green."
sent = []
for n in [Notifier(), EmailNotifier(), SmsNotifier(), LoudSms()]:
    line = n.send("ops", msg)
    sent.append(n.channel)
    print(line)
print(LoudSms.limit, LoudSms.channel, LoudSms().format("hi"))
sent
