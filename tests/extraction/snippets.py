"""Pieces of the made-up letters the rule tests are written with."""

# the national motto under the letterhead's right cell, as most copies give it
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
# the same with the rule printed under it
MOTTO_RULED = MOTTO + "-------\n"
