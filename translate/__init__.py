"""Offline translation of quotes between en, ru and uk with Argos models run by CTranslate2."""
