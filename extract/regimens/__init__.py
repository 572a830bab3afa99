"""The `regimens` table: dosing schedules (route, frequency, days, cycles) stated in the text."""
