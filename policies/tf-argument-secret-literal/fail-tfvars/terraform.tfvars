app_id   = "00000000-0000-0000-0000-000000000000"
password = "Zq8-4fT_p2.Lm9xW"
