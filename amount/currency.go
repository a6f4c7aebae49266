package amount

// Currency tables: symbols, prefixed dollars, ISO 4217 codes and the words
// news uses. Ambiguous symbols take the currency most news means by them
// ("$" is USD, "¥" is JPY).

var symbols = map[string]string{
	"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
	"₺": "TRY", "₴": "UAH", "₪": "ILS", "₦": "NGN", "₱": "PHP", "฿": "THB", "₫": "VND",
}

// dollarPrefixes come glued before "$": "US$5", "A$2bn", "HK$10".
var dollarPrefixes = map[string]string{
	"us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD", "nz": "NZD",
	"s": "SGD", "r": "BRL", "nt": "TWD", "mex": "MXN", "z": "ZWL",
}

// codes are ISO 4217 codes written in capitals before or after a number.
var codes = map[string]bool{
	"USD": true, "EUR": true, "GBP": true, "JPY": true, "CNY": true, "RMB": true, "INR": true,
	"RUB": true, "CHF": true, "CAD": true, "AUD": true, "NZD": true, "HKD": true, "SGD": true,
	"KRW": true, "TRY": true, "UAH": true, "ILS": true, "BRL": true, "MXN": true, "ZAR": true,
	"SEK": true, "NOK": true, "DKK": true, "PLN": true, "HUF": true, "CZK": true, "SAR": true,
	"AED": true, "NGN": true, "EGP": true, "PKR": true, "IDR": true, "THB": true, "PHP": true,
	"VND": true, "TWD": true, "ARS": true, "CLP": true, "COP": true, "KES": true,
}

// words are currency names after a number: "1.2 million euros".
var words = map[string]string{
	"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
	"pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
	"rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
	"rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnias.": "UAH", "won": "KRW",
	"franc": "CHF", "francs": "CHF", "lira": "TRY", "liras": "TRY", "peso": "MXN", "pesos": "MXN",
	"shekel": "ILS", "shekels": "ILS", "rand": "ZAR", "naira": "NGN", "riyal": "SAR",
	"riyals": "SAR", "dirham": "AED", "dirhams": "AED", "kronor": "SEK", "krona": "SEK",
	"kroner": "NOK", "krone": "NOK", "zloty": "PLN", "zlotys": "PLN", "forint": "HUF",
	"rupiah": "IDR", "baht": "THB", "ringgit": "MYR", "dong": "VND",
}

// subunits are a hundredth of their currency: "50 cents".
// "p" counts only glued to its number ("812p").
var subunits = map[string]string{"cent": "USD", "cents": "USD", "pence": "GBP", "penny": "GBP", "p": "GBP"}

// adjectives name the currency before a currency word: "Canadian dollars".
var adjectives = map[string]string{
	"us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
	"hong": "HKD", "new": "", "singapore": "SGD", "taiwan": "TWD", "swiss": "CHF",
	"mexican": "MXN", "chinese": "CNY", "japanese": "JPY", "indian": "INR", "russian": "RUB",
	"zimbabwean": "ZWL", "egyptian": "EGP", "turkish": "TRY", "british": "GBP", "swedish": "SEK",
	"norwegian": "NOK", "danish": "DKK",
}
