Hi ${nope}
